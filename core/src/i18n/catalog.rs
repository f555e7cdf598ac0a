//! Interface strings of the catalog view.

use super::messages;

messages! {
    /// Interface strings of the catalog view.
    pub enum CatalogMsg {
        /// Heading of the catalog view.
        Heading => "项目库", "Project catalog";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_has_text_in_both_languages() {
        super::super::assert_complete(super::CatalogMsg::ALL);
    }
}
