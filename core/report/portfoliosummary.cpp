#include "core/report/portfoliosummary.h"

#include "core/cpd/cpdcatalog.h"
#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"
#include "core/util/collation.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace myfyrio {

namespace {

/// "Name (3), Other (1)": most first, then in the language's alphabetical order.
QString counted(const QString& language, const QHash<QString, int>& counts, int limit = -1)
{
    QStringList names = counts.keys();
    names = sortedForDisplay(names, Translations::locale(language));
    std::stable_sort(names.begin(), names.end(),
                     [&counts](const QString& a, const QString& b) { return counts.value(a) > counts.value(b); });
    if (limit > 0 && names.size() > limit)
        names = names.mid(0, limit);
    QStringList parts;
    const QLocale locale = Translations::locale(language);
    for (const QString& name : std::as_const(names))
        parts << QStringLiteral("%1 (%2)").arg(name, locale.toString(counts.value(name)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void PortfolioSummary::write(ReportHtml& html, const QVector<Reflection>& entries,
                             const QVector<std::optional<ReflectiveModel>>& models, const QString& chartKey)
{
    const ReportLanguage& language = html.language();
    int placed = 0;
    int done = 0;
    int open = 0;
    int cpdActivities = 0;
    int cpdQuarters = 0;
    int participatoryQuarters = 0;
    QHash<QString, int> tags;
    QHash<QString, QString> tagSpelling;
    for (const Reflection& entry : entries) {
        placed += entry.failure ? 1 : 0;
        for (const Action& action : entry.actions)
            (action.done ? done : open) += 1;
        for (const QString& tag : entry.tags) {
            const QString folded = tag.toCaseFolded();
            tagSpelling.insert(folded, tagSpelling.value(folded, tag));
            ++tags[tagSpelling.value(folded)];
        }
        if (entry.cpd) {
            ++cpdActivities;
            cpdQuarters += entry.cpd->quarterHours;
            if (entry.cpd->participatory)
                participatoryQuarters += entry.cpd->quarterHours;
        }
    }

    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Summary"));
    html.beginFields();
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections"), QString::number(entries.size()));
    QStringList modelLines;
    for (const QString& lang : language.languages()) {
        QHash<QString, int> byModel;
        for (int i = 0; i < entries.size(); ++i)
            ++byModel[models.at(i) ? models.at(i)->name.in(lang) : entries.at(i).model];
        modelLines << counted(lang, byModel);
    }
    modelLines.removeDuplicates();
    if (!entries.isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflective models"), modelLines);
    if (!tags.isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Tags"), counted(language.primary(), tags, 12));
    if (done + open > 0)
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Actions"),
                   //: %1 and %2 are numbers of actions.
                   language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Done: %1; still open: %2"),
                                   [done, open](const QString& lang, QString text) {
                                       const QLocale locale = Translations::locale(lang);
                                       return text.arg(locale.toString(done), locale.toString(open));
                                   }));
    if (cpdActivities > 0) {
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "CPD hours"),
                   //: %1 and %2 are numbers of hours.
                   language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "%1 (participatory: %2)"),
                                   [=](const QString& lang, QString text) {
                                       return text.arg(CpdCatalog::hoursText(cpdQuarters, lang),
                                                       CpdCatalog::hoursText(participatoryQuarters, lang));
                                   }));
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "CPD activities"), QString::number(cpdActivities));
    }
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Placed on the failure spectrum"), QString::number(placed));
    html.endFields();
    if (placed > 0) {
        html.heading(3, QT_TRANSLATE_NOOP("myfyrio::Report", "Failure spectrum"));
        html.chartPlaceholder(chartKey);
    }
}

} // namespace myfyrio
