//! The blocks a report is made of: plain data that the layout places on pages.

use time::Date;

use crate::ReportKind;

/// A whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    /// Which report.
    pub kind: ReportKind,
    /// PDF metadata.
    pub meta: Meta,
    /// What every page's header shows.
    pub header: Header,
    /// The footer notice on every page (who wrote it, sources).
    pub footer: String,
    /// The page number label, with `%PAGE%` and `%TOTAL%` to fill in.
    pub page_label: String,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// PDF document information.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Author: the contractor if branded, else Mamori.
    pub author: String,
    /// Subject: the client organization.
    pub subject: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// The report's date (also its creation date).
    pub date: Date,
}

/// Page header contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The contractor's name (branding).
    pub contractor: Option<String>,
    /// The contractor's contact line (branding).
    pub contact: Option<String>,
    /// Width ÷ height of the contractor's logo, if there is one.
    pub logo_aspect: Option<f32>,
    /// The client organization's name.
    pub client: String,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The report title with an optional subtitle line.
    Title {
        /// Title.
        text: String,
        /// Subtitle.
        sub: Option<String>,
    },
    /// A heading (level 1–3).
    Heading {
        /// 1 = section, 2 = subsection, 3 = minor.
        level: u8,
        /// Text.
        text: String,
    },
    /// A paragraph; `\n` starts a new line.
    Para {
        /// Text.
        text: String,
        /// Style.
        style: ParaStyle,
    },
    /// Label–value pairs.
    Fields(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// A radar chart.
    Radar(Radar),
    /// A label with ruled lines to write on.
    WriteLines {
        /// Label.
        label: String,
        /// Number of lines (fewer if the page is nearly full).
        lines: u32,
        /// Left out when not even one line fits on the page (rather than starting a new one).
        optional: bool,
    },
    /// The contractor's logo, large.
    Logo {
        /// Width ÷ height.
        aspect: f32,
    },
    /// Vertical space in mm.
    Space(f32),
    /// Start a new page unless this many mm are left (keeps what follows together).
    Keep(f32),
    /// Start a new page.
    PageBreak,
}

/// Paragraph styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaStyle {
    /// Body text.
    Normal,
    /// Bold body text.
    Strong,
    /// Small, grey (notes, sources).
    Small,
    /// Large, bold (a score).
    Big,
    /// Slightly smaller body text (a one-page policy).
    Compact,
}

/// A table: a header row (repeated on every page it spans) and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows, each with one cell per column.
    pub rows: Vec<Row>,
    /// Font size in points.
    pub font_size: f32,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Header text.
    pub title: String,
    /// Relative width.
    pub width: f32,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Cells.
    pub cells: Vec<Cell>,
    /// Shown highlighted (e.g. a "don't know" answer).
    pub highlight: bool,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Text; `\n` starts a new line.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Grey.
    pub muted: bool,
}

impl Cell {
    /// A plain cell.
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            bold: false,
            muted: false,
        }
    }
    /// A bold cell.
    pub fn bold(text: impl Into<String>) -> Cell {
        Cell {
            bold: true,
            ..Cell::new(text)
        }
    }
}

/// A radar chart of percentages.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// One axis per direction, clockwise from the top.
    pub axes: Vec<RadarAxis>,
    /// A note under the legend.
    pub note: Option<String>,
}

/// One radar axis.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    /// The label at the axis end (a number).
    pub short: String,
    /// The legend line.
    pub label: String,
    /// 0–100.
    pub value: u32,
}

impl Cell {
    /// The same cell, bold.
    pub(super) fn with_bold(mut self) -> Cell {
        self.bold = true;
        self
    }
}
