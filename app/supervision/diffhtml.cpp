#include "app/supervision/diffhtml.h"

#include "core/palette/statuspalette.h"
#include "core/supervision/sectioncatalog.h"

namespace myfyrio {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

/// Marks the words but not the whitespace after the last of them.
QString marked(const QString& text, const QString& style)
{
    int end = static_cast<int>(text.size());
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return QStringLiteral("<span style=\"") + style + QStringLiteral("\">") + escaped(text.left(end))
           + QStringLiteral("</span>") + escaped(text.mid(end));
}

QString removed(const QString& text)
{
    // Both colours are set, so the marks read the same on a light or a dark palette.
    return marked(text, QStringLiteral("background:%1; color:%2; text-decoration:line-through;")
                            .arg(StatusPalette::printBackground(StatusPalette::Role::Error).name(),
                                 StatusPalette::printText(StatusPalette::Role::Error).name()));
}

QString inserted(const QString& text)
{
    return marked(text, QStringLiteral("background:%1; color:%2; text-decoration:underline;")
                            .arg(StatusPalette::printBackground(StatusPalette::Role::Success).name(),
                                 StatusPalette::printText(StatusPalette::Role::Success).name()));
}

QString heading(const VersionDiff::Section& s)
{
    const int number = static_cast<int>(SectionCatalog::sectionCodes().indexOf(s.code)) + 1;
    //: A section heading in a comparison: "3. Context".
    return QStringLiteral("<h3>")
           + DiffHtml::tr("%1. %2").arg(number).arg(SectionCatalog::title(s.code)).toHtmlEscaped()
           + QStringLiteral("</h3>");
}

QString emptyNote(const QString& text)
{
    return QStringLiteral("<p><i>") + text.toHtmlEscaped() + QStringLiteral("</i></p>");
}

} // namespace

QString DiffHtml::inlineView(const QVector<VersionDiff::Section>& sections, bool changedOnly)
{
    QString html;
    for (const VersionDiff::Section& s : sections) {
        if (changedOnly && !s.changed)
            continue;
        html += heading(s) + QStringLiteral("<p>");
        for (const WordDiff::Piece& p : s.pieces) {
            switch (p.kind) {
            case WordDiff::Piece::Kind::Same:
                html += escaped(p.text);
                break;
            case WordDiff::Piece::Kind::Removed:
                html += removed(p.text);
                break;
            case WordDiff::Piece::Kind::Inserted:
                html += inserted(p.text);
                break;
            }
        }
        if (s.pieces.isEmpty())
            html += QStringLiteral("—");
        html += QStringLiteral("</p>");
    }
    if (html.isEmpty())
        html = emptyNote(tr("The two versions say the same in every section."));
    return html;
}

QString DiffHtml::sideBySide(const QVector<VersionDiff::Section>& sections, bool changedOnly, const QString& leftTitle,
                             const QString& rightTitle)
{
    QString rows;
    for (const VersionDiff::Section& s : sections) {
        if (changedOnly && !s.changed)
            continue;
        QString left;
        QString right;
        for (const WordDiff::Piece& p : s.pieces) {
            switch (p.kind) {
            case WordDiff::Piece::Kind::Same:
                left += escaped(p.text);
                right += escaped(p.text);
                break;
            case WordDiff::Piece::Kind::Removed:
                left += removed(p.text);
                break;
            case WordDiff::Piece::Kind::Inserted:
                right += inserted(p.text);
                break;
            }
        }
        rows += QStringLiteral("<tr><td colspan=\"2\">") + heading(s)
                + QStringLiteral("</td></tr><tr><td width=\"50%\" valign=\"top\">")
                + (left.isEmpty() ? QStringLiteral("—") : left)
                + QStringLiteral("</td><td width=\"50%\" valign=\"top\">")
                + (right.isEmpty() ? QStringLiteral("—") : right) + QStringLiteral("</td></tr>");
    }
    if (rows.isEmpty())
        return emptyNote(tr("The two versions say the same in every section."));
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\"><tr><th align=\"left\">")
           + leftTitle.toHtmlEscaped() + QStringLiteral("</th><th align=\"left\">") + rightTitle.toHtmlEscaped()
           + QStringLiteral("</th></tr>") + rows + QStringLiteral("</table>");
}

} // namespace myfyrio
