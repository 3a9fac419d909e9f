#include "app/cards/teamsummaryhtml.h"

#include "core/journal/systemscale.h"
#include "core/learning/cardfilter.h"
#include "core/learning/teamsummary.h"

#include <QDir>
#include <QLocale>

namespace myfyrio {

namespace {

QString heading(const QString& text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

/// A two-column table of labels and numbers.
QString table(const QVector<QPair<QString, int>>& rows)
{
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& row : rows)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(row.first.toHtmlEscaped(), locale.toString(row.second));
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

QString TeamSummaryHtml::scaleLabel(const QString& key)
{
    return key == CardFilter::noScale() ? tr("No scale given") : SystemScale::label(key);
}

QString TeamSummaryHtml::build(const CardCollection& collection, const TeamPattern& pattern, bool filtered)
{
    const QLocale locale;
    //: %1 is a number of cards.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Learning cards: %1").arg(locale.toString(pattern.cards)));
    if (filtered) {
        //: %1 is how many cards the filters keep, %2 how many the folders hold.
        const QString kept = tr("Cards the filters keep: %1. Cards in the folders: %2. The pattern below counts only "
                                "the cards the filters keep.");
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(
                    kept.arg(locale.toString(pattern.cards), locale.toString(collection.cards.size())).toHtmlEscaped());
    }
    if (pattern.firstMonth.isValid())
        //: %1 and %2 are the first and the last month, such as “March 2024”.
        html += paragraph(tr("Months: %1 – %2")
                              .arg(locale.toString(pattern.firstMonth, QStringLiteral("MMMM yyyy")),
                                   locale.toString(pattern.lastMonth, QStringLiteral("MMMM yyyy"))));

    html += heading(tr("Card files read and left out"));
    QVector<QPair<QString, int>> skipped{{tr("Card files looked at"), collection.files},
                                         {tr("Withdrawn by their writers"), collection.withdrawn},
                                         {tr("Not a card (malformed, too big, or a link)"), collection.malformed}};
    if (collection.conflicting > 0)
        skipped.append({tr("Copies with the same id that differ"), collection.conflicting});
    html += table(skipped);
    for (const QString& folder : collection.unreadableFolders)
        //: %1 is the path of a folder.
        html += paragraph(tr("Could not be read: %1").arg(QDir::toNativeSeparators(folder)));
    if (pattern.cards == 0 && filtered)
        return html + paragraph(tr("No card matches the filters."));
    if (pattern.cards == 0)
        return html + paragraph(tr("There are no learning cards to sum up in these folders."));

    html += heading(tr("Praiseworthy failures, apart from blameworthy ones"));
    QVector<QPair<QString, int>> regions;
    for (SpectrumRegion region : TeamSummary::regions())
        regions.append({TeamSummary::label(region), pattern.count(region)});
    regions.append({tr("Not placed on the spectrum"), pattern.unplaced});
    html += table(regions);

    html += heading(tr("By reason for failure, from blameworthy to praiseworthy"));
    QVector<QPair<QString, int>> reasons;
    for (FailureReason reason : FailureSpectrum::reasons())
        reasons.append({FailureSpectrum::label(reason), pattern.failures.count(reason)});
    html += table(reasons);

    html += heading(tr("By type of failure"));
    QVector<QPair<QString, int>> types;
    for (FailureType type : FailureSpectrum::types())
        types.append({FailureSpectrum::label(type), pattern.failures.count(type)});
    html += table(types);

    html += heading(tr("By month and type"));
    QString months = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>");
    for (FailureType type : FailureSpectrum::types())
        months += QStringLiteral("<th>%1</th>").arg(FailureSpectrum::label(type).toHtmlEscaped());
    months += QStringLiteral("</tr>");
    int shownMonths = 0;
    for (const FailureMonth& month : pattern.failures.months) {
        int total = 0;
        for (FailureType type : FailureSpectrum::types())
            total += month.count(type);
        if (total == 0)
            continue;
        ++shownMonths;
        months += QStringLiteral("<tr><td>%1</td>")
                      .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")).toHtmlEscaped());
        for (FailureType type : FailureSpectrum::types())
            months += QStringLiteral("<td align=\"right\">%1</td>").arg(locale.toString(month.count(type)));
        months += QStringLiteral("</tr>");
    }
    html += shownMonths > 0 ? months + QStringLiteral("</table>") : paragraph(tr("No card is placed on the spectrum."));

    html += heading(tr("By system scale"));
    QVector<QPair<QString, int>> scales;
    for (const QString& key : TeamSummary::scaleKeys())
        scales.append({scaleLabel(key), pattern.byScale.value(key)});
    html += table(scales);

    html += heading(tr("The most frequent enabling questions"));
    if (pattern.enabling.isEmpty())
        return html + paragraph(tr("No card asks an enabling question."));
    QVector<QPair<QString, int>> questions;
    for (int i = 0; i < pattern.enabling.size() && i < mostQuestions; ++i)
        questions.append({pattern.enabling.at(i).text, pattern.enabling.at(i).count});
    return html + table(questions);
}

} // namespace myfyrio
