#pragma once

#include "core/report/reportcontent.h"
#include "core/util/expected.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace myfyrio {

/// Lays a report out on pages and paints it: on a QPdfWriter for a PDF, or on
/// a QPrinter for printing and print preview (both are QPagedPaintDevices).
///
/// Every page gets a footer "Page 1 of 4" / "Tudalen 1 o 4" in the report's
/// language; headings are never left alone at the foot of a page; charts are
/// drawn as vectors. Needs a QGuiApplication (the offscreen platform will do).
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReportPainter)

public:
    /// Sets the paper and margins a report uses.
    static void setUpPage(QPagedPaintDevice& device, QPageSize::PageSizeId paper);

    /// Paints the report on a device whose pages are already set up.
    static Expected<void> paint(const ReportContent& content, QPagedPaintDevice& device);

    /// The report as PDF bytes (fonts embedded).
    static Expected<QByteArray> pdf(const ReportContent& content);

    /// Writes the PDF through QSaveFile, readable by the owner only.
    static Expected<void> writePdf(const ReportContent& content, const QString& path);

    /// The font reports are set in: it has ŵ and ŷ, and ligatures are off so
    /// that "ff" and "fi" stay letters a PDF reader can copy and search.
    static QFont bodyFont();
};

} // namespace myfyrio
