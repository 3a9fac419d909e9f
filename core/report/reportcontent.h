#pragma once

#include "core/report/barchart.h"
#include "core/report/reportlanguage.h"

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace myfyrio {

/// A report ready to be laid out on pages: its HTML (which may list the pages
/// its anchored sections start on, for a contents page), its charts, and what
/// each page's footer says.
struct ReportContent {
    ReportLanguage language{QStringLiteral("en")};
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString title;       ///< the PDF's title
    QStringList subject; ///< who the report is about (an agreement's parties), for the file name
    QString footer;      ///< left of each page's footer: the owner and the report
    /// The HTML, given the page each anchor starts on (empty on the first pass).
    std::function<QString(const QHash<QString, int>& pages)> html;
    QHash<QString, BarChart> charts; ///< by the key of their placeholder
    QHash<QString, QImage> images;   ///< attached photos, by the key of their placeholder
};

} // namespace myfyrio
