#pragma once

#include "core/report/reportlanguage.h"

#include <QString>
#include <QStringList>

namespace myfyrio {

/// Builds the HTML of a report for QTextDocument, one block at a time.
///
/// Fixed labels are printed in each of the report's languages, Welsh first,
/// one block each, at the same size and weight; what the writer wrote is
/// printed once, as written. Headings are real <h1>–<h3> blocks, so that the
/// page layout can keep each with the text that follows it.
class ReportHtml
{
public:
    explicit ReportHtml(ReportLanguage language);

    const ReportLanguage& language() const { return m_language; }

    /// Headings from fixed labels, one block a language.
    void heading(int level, const char* source);
    void heading(int level, const QStringList& perLanguage);
    /// A heading of the writer's own text (a reflection's title), with an anchor for the contents.
    void userHeading(int level, const QString& text, const QString& anchor = {});
    /// A fixed sentence, one paragraph a language.
    void note(const QStringList& perLanguage);
    /// The writer's text: paragraphs at blank lines, line breaks kept.
    void userText(const QString& text);
    /// A line of muted text in the writer's words (no translation).
    void plain(const QString& text);

    /// A table of label → value rows; labels in every language (stacked), values as given.
    void beginFields();
    void field(const char* source, const QString& value);
    void field(const QStringList& labels, const QString& value);
    /// A value that itself is in every language (a date): stacked in the same order.
    void field(const char* source, const QStringList& values);
    void endFields();

    /// A table with a header row of fixed labels and rows of cells (already HTML).
    void table(const QList<QStringList>& headers, const QList<QStringList>& rows, const QList<int>& widths = {});

    void pageBreak();
    /// A paragraph that the layout replaces with a chart (see ReportDocument).
    void chartPlaceholder(const QString& key);
    /// A paragraph that the layout replaces with an image (ReportContent::images).
    void imagePlaceholder(const QString& key);
    void raw(const QString& html) { m_html += html; }

    /// The whole document, and the blocks alone (to put inside another report).
    QString html() const;
    QString body() const { return m_html; }

    static QString escaped(const QString& text);
    /// Several strings stacked with line breaks (a label in both languages).
    static QString stacked(const QStringList& lines);

private:
    ReportLanguage m_language;
    QString m_html;
};

} // namespace myfyrio
