//! Interface strings of the shell (header, tabs, notices, errors) and shared labels.

use super::messages;

messages! {
    /// Interface strings of the shell and of both views.
    pub enum Msg {
        /// Shown while the dataset loads.
        Loading => "正在载入数据…", "Loading data…";
        /// Before the percentage of records checked.
        Checking => "正在检查数据 ", "checking ";
        /// Heading of the load-error panel.
        LoadFailed => "数据未能载入", "The data could not be loaded";
        /// Retry button.
        Retry => "重试", "Retry";
        /// Reload button of the crash panel.
        Reload => "重新载入页面", "Reload the page";
        /// Heading of the crash panel.
        Crashed => "应用出错了", "Something went wrong";
        /// Explanation in the crash panel.
        CrashedHelp => "页面遇到意外错误而停止。重新载入通常可以解决；如果问题反复出现，请把下面的信息告诉网站管理员。", "The page stopped after an unexpected error. Reloading usually helps; if it keeps happening, please pass the details below to the site's webmaster.";
        /// Language switch label.
        Language => "语言", "Language";
        /// Name of the other language, on the switch.
        SwitchToOther => "English", "中文";
        /// Tab: timeline.
        TimelineTab => "日程", "Timeline";
        /// Tab: projects.
        ProjectsTab => "项目", "Projects";
        /// Heading: headline figures.
        FiguresHeading => "主要数据", "Key figures";
        /// Group label for events without a date.
        DateNotAnnounced => "日期未公布", "Date not announced";
        /// Any value no source gives.
        NotAnnounced => "未公布", "Not announced";
        /// Label: sources.
        Sources => "来源", "Sources";
        /// Label: source link.
        OpenSource => "查看原文", "Open the report";
        /// Label: no link known.
        NoLink => "原文链接未记录", "Link not recorded";
        /// Label: city.
        City => "城市", "City";
        /// Label: venue.
        Venue => "地点", "Venue";
        /// Label: participants.
        Participants => "参与者", "Participants";
        /// Label: industry.
        Industry => "产业", "Industry";
        /// Label: investment.
        Investment => "投资额", "Investment";
        /// Label: stage.
        Stage => "阶段", "Stage";
        /// Label: partner.
        Partner => "合作方", "Partner";
        /// Label: investor's origin.
        Origin => "投资方来源地", "Investor from";
        /// Label: edition.
        Edition => "届次", "Edition";
        /// Label: event where a project was signed.
        SignedAt => "签约/推介活动", "Signed or promoted at";
        /// Label: note.
        Note => "说明", "Note";
        /// Heading of the validation notice.
        DataNoticeHeading => "数据文件中有问题", "The data file has problems";
        /// Empty list.
        NothingToShow => "没有可显示的内容", "Nothing to show";
        /// Label: the dataset's last update.
        Updated => "数据更新于", "Data updated";
        /// Main navigation label.
        ViewsLabel => "视图", "Views";
        /// Label of the display toolbar.
        DisplayToolbar => "显示设置", "Display settings";
        /// Large-text toggle.
        LargeText => "大字模式", "Large text";
        /// High-contrast toggle.
        HighContrast => "高对比度", "High contrast";
        /// The colon after a label.
        Colon => "：", ": ";
        /// Edition suffix.
        EditionSuffix => "年活动", " edition";
    }
}
