//! Interface strings of the timeline view.

use super::messages;

messages! {
    /// Interface strings of the timeline view.
    pub enum TimelineMsg {
        /// Heading of the timeline view.
        Heading => "日程", "Timeline";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_has_text_in_both_languages() {
        super::super::assert_complete(super::TimelineMsg::ALL);
    }
}
