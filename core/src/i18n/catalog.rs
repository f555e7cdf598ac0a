//! Interface strings of the catalog view, and the sentences it builds from numbers.

use super::{count, messages, money};
use crate::money::Money;
use crate::text::Lang;

messages! {
    /// Interface strings of the catalog view.
    pub enum CatalogMsg {
        /// Heading of the catalog view.
        Heading => "项目库", "Project catalog";
        /// Label of the search box.
        SearchLabel => "搜索项目", "Search projects";
        /// Hint under the search box.
        SearchHint => "名称、合作方、简介或城市，支持拼音和首字母（如 nanchang、nc）", "Name, partner, description or city; pinyin and initials work too (e.g. nanchang, nc)";
        /// Heading of the filter panel.
        FiltersHeading => "筛选条件", "Filters";
        /// Button that opens the filter panel on small screens.
        ShowFilters => "筛选", "Filters";
        /// Button that closes the filter panel on small screens.
        HideFilters => "收起筛选", "Hide filters";
        /// Facet: industry.
        FacetIndustry => "产业", "Industry";
        /// Facet: city.
        FacetCity => "所在城市", "City";
        /// Facet: investor's origin.
        FacetOrigin => "投资方来源地", "Investor from";
        /// Facet: kind of capital.
        FacetCapital => "资本类型", "Capital type";
        /// Facet: stage.
        FacetStage => "项目阶段", "Stage";
        /// Facet: event.
        FacetEvent => "签约/推介活动", "Signed or promoted at";
        /// Facet: edition.
        FacetEdition => "活动届次", "Edition";
        /// Placeholder of a facet's own search box.
        FindValue => "查找选项…", "Find a value…";
        /// Shows every value of a long facet.
        ShowAllValues => "显示全部", "Show all";
        /// Shows only the first values of a long facet.
        ShowFewerValues => "收起", "Show fewer";
        /// A facet search that matched nothing.
        NoValueMatches => "没有匹配的选项", "No value matches";
        /// Heading of the investment filter.
        InvestmentRange => "投资额（亿元）", "Investment (100 million yuan)";
        /// Lower bound input.
        Min => "最低", "From";
        /// Upper bound input.
        Max => "最高", "To";
        /// Applies the typed bounds.
        ApplyRange => "应用", "Apply";
        /// Question about projects with unknown amounts.
        UnknownLegend => "投资额未公布的项目", "Projects with no announced amount";
        /// Keep them.
        UnknownInclude => "包括在结果中", "Include them";
        /// Leave them out.
        UnknownExclude => "不包括", "Leave them out";
        /// Title of the histogram.
        HistogramTitle => "当前结果的投资额分布（亿元）", "Investment amounts in the current results (100 million yuan)";
        /// Note under the histogram.
        HistogramNote => "仅统计以人民币公布的投资额；选中区间以深色显示。", "Only amounts announced in yuan; the selected range is dark.";
        /// Heading of the chip row.
        ActiveFilters => "已选条件", "Active filters";
        /// Removes every filter.
        ClearAll => "清除全部", "Clear all";
        /// Accessible name prefix of a chip's remove button.
        RemoveFilter => "移除条件", "Remove filter";
        /// Chip: search text.
        SearchChip => "搜索", "Search";
        /// Chip: unknown amounts left out.
        UnknownExcludedChip => "不含投资额未公布的项目", "Without projects of unknown amount";
        /// Label of the sort menu.
        SortLabel => "排序", "Sort by";
        /// Sort: dataset order.
        SortDataset => "默认顺序", "Dataset order";
        /// Sort: amount, largest first.
        SortAmountDesc => "投资额：从高到低", "Investment: highest first";
        /// Sort: amount, smallest first.
        SortAmountAsc => "投资额：从低到高", "Investment: lowest first";
        /// Sort: name ascending.
        SortNameAsc => "名称：拼音 A→Z", "Name: A→Z";
        /// Sort: name descending.
        SortNameDesc => "名称：拼音 Z→A", "Name: Z→A";
        /// Sort: city ascending.
        SortCityAsc => "城市：拼音 A→Z", "City: A→Z";
        /// Sort: city descending.
        SortCityDesc => "城市：拼音 Z→A", "City: Z→A";
        /// Sort: stage ascending.
        SortStageAsc => "阶段：意向→投产", "Stage: intent → operation";
        /// Sort: stage descending.
        SortStageDesc => "阶段：投产→意向", "Stage: operation → intent";
        /// Label of the page-size menu.
        PerPageLabel => "每页", "Per page";
        /// Pagination landmark.
        Pagination => "分页", "Pages";
        /// Previous page.
        Previous => "上一页", "Previous";
        /// Next page.
        Next => "下一页", "Next";
        /// Heading of the summary.
        SummaryHeading => "结果概览", "Summary of the results";
        /// Label: number of results.
        ResultCount => "项目数", "Projects";
        /// Label: total announced investment.
        TotalInvestment => "已公布投资额合计", "Total announced investment";
        /// Chart: by industry.
        ByIndustry => "按产业", "By industry";
        /// Chart: by stage.
        ByStage => "按阶段", "By stage";
        /// Shows a chart's numbers as a table.
        ShowTable => "显示数据表", "Show table";
        /// Shows the chart again.
        ShowChart => "显示图表", "Show chart";
        /// Table header: projects.
        Projects => "项目数", "Projects";
        /// Heading of the export buttons.
        ExportHeading => "导出当前结果", "Export the results";
        /// Export as CSV.
        ExportCsv => "CSV（Excel）", "CSV (Excel)";
        /// Export as JSON.
        ExportJson => "JSON（数据格式）", "JSON (data format)";
        /// Print the list.
        Print => "打印", "Print";
        /// Back from the detail.
        BackToResults => "返回结果列表", "Back to the results";
        /// Link to the timeline.
        OnTimeline => "在日程中查看该活动", "See the event on the timeline";
        /// A link to a project that is not in the data.
        ProjectNotFound => "没有找到这个项目，它可能已从数据中移除。", "This project is not in the data (it may have been removed).";
        /// Label: capital type.
        CapitalType => "资本类型", "Capital type";
        /// Label: description.
        Description => "简介", "Description";
        /// CSV column: id.
        ColumnId => "编号", "ID";
        /// CSV column: name.
        ColumnName => "项目名称", "Project";
        /// CSV column: amount as a number.
        ColumnAmount => "投资额（数值，元）", "Investment (number, whole units)";
        /// CSV column: currency.
        ColumnCurrency => "币种", "Currency";
        /// Empty results.
        NoResults => "没有符合条件的项目", "No project matches";
        /// What to do about empty results.
        NoResultsHelp => "请减少筛选条件，或清除全部条件。", "Try fewer filters, or clear them all.";
        /// While the index is built.
        Indexing => "正在整理项目数据…", "Preparing the projects…";
        /// Label of a project's link to its detail.
        Details => "详情", "Details";
        /// Heading of the detail's field list.
        Facts => "项目信息", "Facts";
    }
}

/// "共 1,234 个项目" / "1,234 projects found".
pub fn results_found(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("共 {} 个项目", count(lang, n as u64)),
        (Lang::En, 1) => "1 project found".into(),
        (Lang::En, n) => format!("{} projects found", count(lang, n as u64)),
    }
}

/// "第 2 / 5 页" / "Page 2 of 5".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// "另有 3 个项目投资额未公布" / "3 projects without an announced amount".
pub fn unknown_amounts(lang: Lang, n: u32) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("另有 {n} 个项目投资额未公布（未计入）"),
        (Lang::En, 1) => "1 project without an announced amount (not included)".into(),
        (Lang::En, n) => format!(
            "{} projects without an announced amount (not included)",
            count(lang, u64::from(n))
        ),
    }
}

/// A total and the number of projects it sums, as two parts that each wrap whole:
/// ("140亿元", "（3 个项目）") / ("14 bn yuan", "(3 projects)"); written together they read
/// "140亿元（3 个项目）" / "14 bn yuan (3 projects)".
pub fn total(lang: Lang, m: Money, projects: u32) -> (String, String) {
    let sum = money(lang, m);
    let of = match (lang, projects) {
        (Lang::Zh, n) => format!("（{n} 个项目）"),
        (Lang::En, 1) => "(1 project)".to_owned(),
        (Lang::En, n) => format!("({} projects)", count(lang, u64::from(n))),
    };
    (sum, of)
}

/// A chip or heading for an investment range: "5亿元 – 50亿元", "≥ 5亿元", "≤ 50亿元".
pub fn range(lang: Lang, min: Option<Money>, max: Option<Money>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{} – {}", money(lang, a), money(lang, b)),
        (Some(a), None) => format!("≥ {}", money(lang, a)),
        (None, Some(b)) => format!("≤ {}", money(lang, b)),
        (None, None) => String::new(),
    }
}

/// "电子信息 5，航空 1" / "Electronic information 5, Aviation 1": a chart's text alternative.
pub fn series(lang: Lang, items: &[(String, u32)]) -> String {
    let sep = match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    };
    items
        .iter()
        .map(|(label, n)| format!("{label} {}", count(lang, u64::from(*n))))
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::YI;

    #[test]
    fn every_message_has_text_in_both_languages() {
        super::super::assert_complete(super::CatalogMsg::ALL);
    }

    #[test]
    fn sentences() {
        assert_eq!(results_found(Lang::En, 1), "1 project found");
        assert_eq!(results_found(Lang::En, 100000), "100,000 projects found");
        assert_eq!(results_found(Lang::Zh, 13), "共 13 个项目");
        assert_eq!(page_of(Lang::Zh, 2, 5), "第 2 / 5 页");
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(
            total(Lang::Zh, Money::cny(140 * YI), 3),
            pair("140亿元", "（3 个项目）")
        );
        assert_eq!(
            total(Lang::En, Money::cny(140 * YI), 3),
            pair("14 bn yuan", "(3 projects)")
        );
        assert_eq!(total(Lang::En, Money::cny(140 * YI), 1).1, "(1 project)");
        assert_eq!(range(Lang::Zh, Some(Money::cny(5 * YI)), None), "≥ 5亿元");
        assert_eq!(
            range(
                Lang::En,
                Some(Money::cny(5 * YI)),
                Some(Money::cny(50 * YI))
            ),
            "500 million yuan – 5 bn yuan"
        );
        assert_eq!(
            unknown_amounts(Lang::Zh, 10),
            "另有 10 个项目投资额未公布（未计入）"
        );
        assert_eq!(
            series(Lang::En, &[("Aviation".into(), 1), ("LED".into(), 2)]),
            "Aviation 1, LED 2"
        );
    }
}
