//! Interface strings of the timeline view.

use super::messages;

messages! {
    /// Interface strings of the timeline view.
    pub enum TimelineMsg {
        /// Heading of the timeline view.
        Heading => "日程", "Timeline";
        /// Label of the zoom switch.
        Zoom => "时间范围", "Zoom";
        /// Zoom: the editions side by side.
        History => "历届对比", "All editions";
        /// Label of the lane switch.
        Lanes => "分行显示", "Rows by";
        /// Lanes by kind.
        ByKind => "活动类型", "Kind";
        /// Lanes by city.
        ByCity => "城市", "City";
        /// Label of the filters.
        Filters => "筛选", "Filters";
        /// Facet: kind.
        KindFacet => "活动类型", "Kind of event";
        /// Facet: city.
        CityFacet => "城市", "City";
        /// Facet: participant.
        WhoFacet => "参与者", "Participant";
        /// The participant list's first entry.
        WhoChoose => "选择人物或机构…", "Choose a person or organisation…";
        /// Group of people in the participant list.
        People => "人物", "People";
        /// Group of organisations in the participant list.
        Organisations => "机构", "Organisations";
        /// Clears every filter.
        ClearFilters => "清除筛选", "Clear filters";
        /// Label of a chosen participant's remove button (followed by the name).
        Remove => "移除筛选：", "Remove filter: ";
        /// No event passes the filters.
        NoneMatch => "没有符合筛选条件的活动。", "No event matches these filters.";
        /// A day-precision event's time.
        TimeNotAnnounced => "具体时间未公布", "Time not announced";
        /// Lane of events that name no single city.
        NoCity => "未注明城市", "No city stated";
        /// How the keys work (describes the timeline to screen readers and keyboard users).
        KeysHelp => "方向键按时间顺序移动，Home/End 到首尾，PageUp/PageDown 按日移动，回车查看详情，Esc 关闭。", "Arrow keys move in time order, Home/End to the first/last, PageUp/PageDown by day; Enter opens the details, Escape closes them.";
        /// Closes the detail.
        Close => "关闭", "Close";
        /// Label: when.
        When => "时间", "When";
        /// Heading: projects of an event.
        Projects => "相关项目", "Projects";
        /// Heading: figures an event reported.
        EventFigures => "活动数据", "Figures reported";
        /// Live: under way.
        LiveNow => "正在进行", "Happening now";
        /// Live: next to begin.
        LiveNext => "即将开始", "Next";
        /// Live: started at an announced time, end not announced.
        LiveStarted => "已开始", "Started";
        /// Live: today, hours not announced.
        LiveToday => "今天", "Today";
        /// Live: this morning.
        LiveMorning => "今天上午", "This morning";
        /// Live: this afternoon.
        LiveAfternoon => "今天下午", "This afternoon";
        /// Live: this evening.
        LiveEvening => "今晚", "This evening";
        /// The clock's label in the live bar.
        Now => "现在", "Now";
        /// The time zone of the clock.
        Cst => "北京时间", "China Standard Time";
        /// Heading over an edition's figures beyond the first few.
        MoreFigures => "更多数据", "More figures";
        /// Year-on-year change.
        Growth => "同比", "year on year";
        /// Opens one edition's days from the history zoom.
        OpenDays => "查看逐日日程", "Open its days";
        /// Label of the edition columns' figures.
        Headline => "主要数据", "Headline figures";
        /// Label of one edition's list of events (after its name).
        Events => "活动列表", "events";
        /// Explains the undated lane.
        UndatedHelp => "以下活动属于本届，但来源未公布日期，因此不在时间轴上标注。", "These events belong to this edition, but the sources give no date, so they are not placed on the axis.";
        /// Legend: a solid bar.
        LegendTime => "公布了具体时间", "Clock time announced";
        /// Legend: a hatched bar.
        LegendPart => "只公布了上午、下午或晚上", "Only morning, afternoon or evening announced";
        /// Legend: a dashed bar.
        LegendDay => "只公布了日期", "Only the date announced";
        /// The day-part axis: morning.
        Morning => "上午", "Morning";
        /// The day-part axis: afternoon.
        Afternoon => "下午", "Afternoon";
        /// The day-part axis: evening.
        Evening => "晚上", "Evening";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_has_text_in_both_languages() {
        super::super::assert_complete(super::TimelineMsg::ALL);
    }
}
