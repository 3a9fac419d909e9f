#include "core/report/titleblock.h"

#include "core/palette/statuspalette.h"
#include "core/report/reporthtml.h"
#include "core/util/timestamps.h"

namespace myfyrio {

void TitleBlock::write(ReportHtml& html) const
{
    const ReportLanguage& language = html.language();
    html.heading(1, title);
    if (!owner.isEmpty())
        html.raw(QStringLiteral("<p style=\"font-size: 13pt;\">%1</p>").arg(ReportHtml::escaped(owner)));
    if (from.isValid() && to.isValid() && from == to) {
        QStringList dates;
        for (const QString& lang : language.languages())
            dates << ReportLanguage::longDate(lang, from);
        html.note(dates);
    } else if (from.isValid() && to.isValid()) {
        html.note(language.labels(
            //: %1 is a date; %2 is a date.
            QT_TRANSLATE_NOOP("myfyrio::Report", "From %1 to %2"), [this](const QString& lang, QString text) {
                return text.arg(ReportLanguage::shortDate(lang, from), ReportLanguage::shortDate(lang, to));
            }));
    }
    const QDate today = timestamps::nowUtc().toLocalTime().date();
    //: %1 is a short date, after a colon in Welsh ("Gwnaed: 01/03/2024").
    const char* madeOn = QT_TRANSLATE_NOOP("myfyrio::Report", "Made on %1");
    html.raw(QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(ReportHtml::stacked(language.labels(madeOn, [&today](const QString& lang, QString text) {
                     return text.arg(ReportLanguage::shortDate(lang, today));
                 }))));
    if (privateCopy) {
        html.raw(QStringLiteral("<p style=\"color: %1; font-weight: bold;\">%2</p>")
                     .arg(StatusPalette::printText(StatusPalette::Role::Error).name(),
                          ReportHtml::stacked(language.labels(QT_TRANSLATE_NOOP(
                              "myfyrio::Report",
                              "A copy for the writer only: it includes private reflections. Do not share it.")))));
    }
}

QString TitleBlock::footer(const ReportLanguage& language) const
{
    const QString name = ReportLanguage::label(language.primary(), title);
    return owner.isEmpty() ? name : name + QStringLiteral(" · ") + owner;
}

} // namespace myfyrio
