#include "core/report/reportpainter.h"

#include "core/i18n/translations.h"
#include "core/io/savedfile.h"
#include "core/report/barchartobject.h"
#include "core/report/imageobject.h"
#include "core/report/reportlanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace myfyrio {

namespace {

//: %1 is the page number; %2 is how many pages there are.
constexpr const char* pageOfPages = QT_TRANSLATE_NOOP("myfyrio::Report", "Page %1 of %2");

double points(const QPaintDevice& device, double pt)
{
    return pt * device.logicalDpiY() / 72.0;
}

int pageOf(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight + 1e-6));
}

void insertCharts(QTextDocument& doc, const ReportContent& content)
{
    for (auto it = content.charts.cbegin(); it != content.charts.cend(); ++it) {
        QTextCursor cursor = doc.find(QStringLiteral("[[chart:%1]]").arg(it.key()));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(BarChartObject::type);
        format.setProperty(BarChartObject::dataProperty, it.value().toVariant());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it) {
        QTextCursor cursor = doc.find(QStringLiteral("[[image:%1]]").arg(it.key()));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(ImageObject::type);
        format.setProperty(ImageObject::imageProperty, it.value());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

/// True for a block that holds a chart or an image: one tall line.
bool holdsObject(const QTextBlock& block)
{
    return block.text().contains(QChar::ObjectReplacementCharacter);
}

/// The top of a block's first line, where pagination put it.
double firstLineTop(QTextDocument& doc, const QTextBlock& block)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    if (layout && layout->lineCount() > 0)
        return rect.top() + layout->lineAt(0).y();
    return rect.top();
}

/// Where the text after a heading has shown enough of itself to keep the
/// heading company: its second line, or the middle of its only line, or for a
/// table the first line of its second row (the cells of the first row share a
/// top, and a header row alone under a heading is no better than nothing).
double followingTextMark(QTextDocument& doc, const QTextBlock& block)
{
    const QTextLayout* layout = block.layout();
    const double first = firstLineTop(doc, block);
    if (layout && layout->lineCount() > 1)
        return doc.documentLayout()->blockBoundingRect(block).top() + layout->lineAt(1).y();
    const double middle = first + (layout && layout->lineCount() > 0 ? layout->lineAt(0).height() / 2 : 0);
    const QTextTable* table = QTextCursor(block).currentTable();
    if (!table)
        return middle;
    for (QTextBlock after = block.next(); after.isValid(); after = after.next()) {
        if (QTextCursor(after).currentTable() != table)
            break;
        const double top = firstLineTop(doc, after);
        if (top > first + 1)
            return top;
    }
    return middle;
}

/// What must share the page of the heading before the block: the text mark
/// (followingTextMark), or, when a chart or an image follows within the next
/// few blocks of the section, its top, or, for a table shorter than a
/// third of a page, its last row: a short table or a chart is never split
/// from its heading.
double sectionMark(QTextDocument& doc, const QTextBlock& next)
{
    double mark = followingTextMark(doc, next);
    const double pageHeight = doc.pageSize().height();
    int blocks = 0;
    for (QTextBlock block = next; block.isValid() && blocks < 8; block = block.next(), ++blocks) {
        if (block.blockFormat().headingLevel() > 0)
            break;
        if (holdsObject(block))
            return std::max(mark, firstLineTop(doc, block) + 1);
    }
    if (const QTextTable* table = QTextCursor(next).currentTable()) {
        const QTextBlock last = table->lastCursorPosition().block();
        const double top = firstLineTop(doc, next);
        const double bottom = doc.documentLayout()->blockBoundingRect(last).bottom();
        if (bottom - top < pageHeight / 3)
            return std::max(mark, firstLineTop(doc, last));
    }
    return mark;
}

/// The first heading (or run of headings) that ends a page: the text it
/// introduces starts on a later page. -1 when there is none. QTextDocument
/// has no "keep with next" of its own.
int firstStrandedHeading(QTextDocument& doc, double& push, const QSet<int>& skipped)
{
    const double pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || skipped.contains(block.blockNumber()))
            continue;
        const QTextBlock previous = block.previous();
        if (previous.isValid() && previous.blockFormat().headingLevel() > 0)
            continue; // not the first of a run
        QTextBlock next = block.next();
        while (next.isValid() && next.blockFormat().headingLevel() > 0)
            next = next.next();
        if (!next.isValid())
            return -1;
        const int headingPage = pageOf(firstLineTop(doc, block), pageHeight);
        const int textPage = pageOf(sectionMark(doc, next), pageHeight);
        if (textPage > headingPage) {
            push = (headingPage + 1) * pageHeight - firstLineTop(doc, block);
            return block.blockNumber();
        }
    }
    return -1;
}

/// The first block (outside tables) whose first line lies across the foot of
/// a page, with how far to push it so that the line starts the next page; -1
/// when there is none. Qt 6.4 paginates most lines itself, but not always the
/// first line of a block that follows a table: that line is drawn cut in two,
/// half at the foot of one page and again at the top of the next.
int firstStraddlingBlock(QTextDocument& doc, double& push, const QSet<int>& skipped)
{
    const double pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0 || QTextCursor(block).currentTable()
            || skipped.contains(block.blockNumber()))
            continue;
        const double top = firstLineTop(doc, block);
        const double bottom = top + layout->lineAt(0).height();
        const int page = pageOf(top, pageHeight);
        if (pageOf(bottom - 1e-3, pageHeight) > page) {
            push = (page + 1) * pageHeight - top;
            return block.blockNumber();
        }
    }
    return -1;
}

/// Where the paragraphs that run from one page onto the next must be cut in
/// two, at the first line of the later page: positions in the document.
///
/// Qt 6.4's QTextLayout::draw() also draws the last line above the clip it is
/// given, so a paragraph that runs over a page break has that line drawn a
/// second time, clipped out of sight on the next page but present in the
/// PDF's text (a reader's search and copy find it twice). A paragraph cut at
/// the page break lays out exactly as before and has no line above the clip.
QVector<int> pageSplits(QTextDocument& doc)
{
    QVector<int> positions;
    const double pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() < 2 || QTextCursor(block).currentTable())
            continue;
        const double top = doc.documentLayout()->blockBoundingRect(block).top();
        // By the middle of each line: a line that starts right on a page's
        // first pixel may measure a hair above it.
        auto middle = [&](int i) { return top + layout->lineAt(i).y() + layout->lineAt(i).height() / 2; };
        for (int i = 1; i < layout->lineCount(); ++i) {
            if (pageOf(middle(i), pageHeight) > pageOf(middle(i - 1), pageHeight))
                positions.append(block.position() + layout->lineAt(i).textStart());
        }
    }
    return positions;
}

/// Cuts paragraphs at those positions, the space below each moved to its second part.
void splitAt(QTextDocument& doc, const QVector<int>& positions)
{
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(*it);
        const QTextBlockFormat whole = cursor.blockFormat();
        QTextBlockFormat first = whole;
        first.setBottomMargin(0);
        first.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextBlockFormat second = whole;
        second.setTopMargin(0);
        cursor.setBlockFormat(first);
        cursor.insertBlock(second, cursor.charFormat());
    }
}

/// Sets the HTML and pushes the given blocks down by extra space, so that
/// each starts at the top of the next page. (A page break policy would do the
/// same, but Qt 6.4 then leaves runs of later blocks undrawn.)
void setContent(QTextDocument& doc, const ReportContent& content, const QHash<QString, int>& pages,
                const QHash<int, double>& pushes, const QPaintDevice& device)
{
    doc.setHtml(content.html(pages));
    insertCharts(doc, content);
    // The layout measures in the device's units but scales a format's margins to the device
    // (by its resolution over 96 dpi, 3.125 for a 300 dpi PDF): a push is given in the format's.
    const double formatScale = device.logicalDpiY() / 96.0;
    for (auto it = pushes.cbegin(); it != pushes.cend(); ++it) {
        const QTextBlock block = doc.findBlockByNumber(it.key());
        QTextBlockFormat format;
        format.setTopMargin(block.blockFormat().topMargin() + it.value() / formatScale);
        QTextCursor(block).mergeBlockFormat(format);
    }
}

/// A copy of the document laid out from scratch in one go. A document laid
/// out, changed and laid out again is placed and drawn wrongly by Qt 6.4
/// (runs of blocks never drawn, tables a page away from where it says), so
/// every measurement and the painting use fresh copies.
std::unique_ptr<QTextDocument> freshCopy(const QTextDocument& source, QPagedPaintDevice& device, const QSizeF& body,
                                         BarChartObject& charts, ImageObject& images)
{
    std::unique_ptr<QTextDocument> copy(source.clone());
    copy->documentLayout()->setPaintDevice(&device);
    copy->documentLayout()->registerHandler(BarChartObject::type, &charts);
    copy->documentLayout()->registerHandler(ImageObject::type, &images);
    copy->setDocumentMargin(0);
    copy->setDefaultFont(ReportPainter::bodyFont());
    copy->setPageSize(body);
    copy->pageCount();
    return copy;
}

/// The page (1-based) each named anchor starts on.
QHash<QString, int> anchorPages(QTextDocument& doc)
{
    QHash<QString, int> pages;
    const double pageHeight = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString& name : names)
                pages.insert(name, pageOf(firstLineTop(doc, block), pageHeight) + 1);
        }
    }
    return pages;
}

void drawFooter(QPainter& painter, const ReportContent& content, const QRectF& area, int page, int pageCount)
{
    QStringList numbers;
    for (const QString& language : content.language.languages()) {
        const QLocale locale = Translations::locale(language);
        numbers << ReportLanguage::label(language, pageOfPages).arg(locale.toString(page), locale.toString(pageCount));
    }
    painter.save();
    QFont font = ReportPainter::bodyFont();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), points(*painter.device(), 0.5)));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF text = area.adjusted(0, points(*painter.device(), 3), 0, 0);
    const QString pageText = numbers.join(QStringLiteral("  /  "));
    const double pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + points(*painter.device(), 6);
    painter.drawText(
        text.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
        painter.fontMetrics().elidedText(content.footer, Qt::ElideRight, static_cast<int>(text.width() - pageWidth)));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, pageText);
    painter.restore();
}

} // namespace

QFont ReportPainter::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportPainter::setUpPage(QPagedPaintDevice& device, QPageSize::PageSizeId paper)
{
    device.setPageSize(QPageSize(paper));
    device.setPageMargins(QMarginsF(20, 18, 20, 12), QPageLayout::Millimeter);
}

Expected<void> ReportPainter::paint(const ReportContent& content, QPagedPaintDevice& device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Failure{tr("A report can only be made while Myfyrio runs with its graphical platform.")};
    const double footerHeight = points(device, 22);
    const QSizeF body(device.width(), device.height() - footerHeight);

    QTextDocument doc;
    // Without this Qt 6.4 lays text out for the screen and it comes out tiny.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(bodyFont());
    doc.setPageSize(body);
    BarChartObject charts;
    doc.documentLayout()->registerHandler(BarChartObject::type, &charts);
    ImageObject images;
    doc.documentLayout()->registerHandler(ImageObject::type, &images);

    // Lay out until no heading ends a page and the contents page lists the
    // pages the sections really start on.
    QHash<QString, int> pages;
    QHash<int, double> pushes;
    QSet<int> hopeless; // pushed once and still a problem: a heading whose text is taller than a page
    const double slack = points(device, 1);
    std::unique_ptr<QTextDocument> laidOut;
    for (int pass = 0; pass < 4; ++pass) {
        for (int round = 0; round < 500; ++round) {
            setContent(doc, content, pages, pushes, device);
            laidOut = freshCopy(doc, device, body, charts, images);
            double push = 0;
            int block = -1;
            for (;;) {
                block = firstStrandedHeading(*laidOut, push, hopeless);
                if (block < 0)
                    block = firstStraddlingBlock(*laidOut, push, hopeless);
                // A block pushed once and still out of place cannot be helped:
                // leave it rather than push it on for ever, and look further on.
                if (block < 0 || !pushes.contains(block))
                    break;
                hopeless.insert(block);
            }
            if (block < 0)
                break;
            pushes[block] = push + slack;
        }
        const QHash<QString, int> found = anchorPages(*laidOut);
        if (found == pages)
            break;
        pages = found;
    }
    if (const QVector<int> splits = pageSplits(*laidOut); !splits.isEmpty()) {
        splitAt(doc, splits);
        laidOut = freshCopy(doc, device, body, charts, images);
    }
    const int pageCount = laidOut->pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Failure{tr("The report could not be started on the printer or file.")};
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Failure{tr("The report could not be continued on a new page.")};
        }
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A line that starts exactly at the next page's top (or ends exactly at
        // this one's) lies on the clip's edge, and QTextLayout would draw it here
        // too, invisible but present in the PDF's text: keep off the edges.
        const double edge = points(device, 0.5);
        context.clip = QRectF(0, page * body.height() + edge, body.width(), body.height() - 2 * edge);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(QRectF(0, page * body.height(), body.width(), body.height()));
        laidOut->documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, content, QRectF(0, body.height() + points(device, 6), body.width(), footerHeight), page + 1,
                   pageCount);
    }
    painter.end();
    return {};
}

Expected<QByteArray> ReportPainter::pdf(const ReportContent& content)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Myfyrio"));
        setUpPage(writer, content.paper);
        if (auto painted = paint(content, writer); !painted)
            return painted.failure();
    }
    return bytes;
}

Expected<void> ReportPainter::writePdf(const ReportContent& content, const QString& path)
{
    auto bytes = pdf(content);
    if (!bytes)
        return bytes.failure();
    return SavedFile::write(path, *bytes);
}

} // namespace myfyrio
