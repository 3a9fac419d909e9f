// The Team learning summary: the pattern of a team's learning cards.

#include "core/report/teamlearningreport.h"

#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/learning/cardmatcher.h"
#include "core/learning/teamsummary.h"
#include "core/report/reporthtml.h"
#include "core/report/spectrumsection.h"
#include "core/report/titleblock.h"

#include <algorithm>

namespace myfyrio {

namespace {

const char* scaleSource(const QString& key)
{
    // The labels of journal/systemscale.cpp, in that context; "none" in the report's.
    if (key == SystemScale::person())
        return "Person";
    if (key == SystemScale::organisation())
        return "Organisation";
    if (key == SystemScale::place())
        return "Place";
    if (key == SystemScale::country())
        return "Country or region";
    return nullptr;
}

QStringList scaleLabels(const ReportLanguage& language, const QString& key)
{
    if (const char* source = scaleSource(key)) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << Translations::translate(lang, "myfyrio::SystemScale", source);
        return labels;
    }
    return language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No scale given"));
}

QString monthYear(const QString& language, const QDate& month)
{
    return ReportLanguage::monthName(language, month.month()) + QLatin1Char(' ') + QString::number(month.year());
}

QStringList monthLabels(const ReportLanguage& language, const QDate& month)
{
    QStringList labels;
    for (const QString& lang : language.languages())
        labels << monthYear(lang, month);
    labels.removeDuplicates();
    return labels;
}

QString number(const ReportLanguage& language, int value)
{
    return Translations::locale(language.primary()).toString(value);
}

void writeCounts(ReportHtml& html, const CardCollection& collection, const TeamPattern& pattern, int standing,
                 bool filtered)
{
    const ReportLanguage& language = html.language();
    //: %1 is a number of cards.
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Learning cards: %1"),
                              [&pattern](const QString& lang, QString text) {
                                  return text.arg(Translations::locale(lang).toString(pattern.cards));
                              }));
    if (filtered)
        html.note(language.labels(
            //: %1 is how many cards the filters (months, reason, tag, words…) keep, %2 how many the folders hold.
            QT_TRANSLATE_NOOP("myfyrio::Report", "Filtered: this summary counts only the cards the filters keep "
                                                 "(%1). Cards in the folders: %2."),
            [&pattern, standing](const QString& lang, QString text) {
                const QLocale locale = Translations::locale(lang);
                return text.arg(locale.toString(pattern.cards), locale.toString(standing));
            }));
    if (collection.withdrawn > 0 || collection.malformed > 0 || collection.conflicting > 0)
        html.note(language.labels(
            //: %1, %2 and %3 are numbers of cards or files.
            QT_TRANSLATE_NOOP("myfyrio::Report", "Left out: withdrawn %1, malformed %2, copies that differ %3"),
            [&collection](const QString& lang, QString text) {
                const QLocale locale = Translations::locale(lang);
                return text.arg(locale.toString(collection.withdrawn), locale.toString(collection.malformed),
                                locale.toString(collection.conflicting));
            }));
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report",
                                                "Each card holds only what its writer chose to share, in their own "
                                                "words: no names, no days, nothing of the reflection it came from.")));
}

void writeRegions(ReportHtml& html, const TeamPattern& pattern)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Praiseworthy failures, apart from blameworthy ones"));
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report",
                                                "Hypothesis and exploratory testing are the failures a team wants "
                                                "more of: small, thoughtful experiments in new territory.")));
    QList<QStringList> rows;
    for (SpectrumRegion region : TeamSummary::regions()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << TeamSummary::label(region, lang);
        rows.append({ReportHtml::stacked(labels), number(language, pattern.count(region))});
    }
    rows.append(
        {ReportHtml::stacked(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Not placed on the spectrum"))),
         number(language, pattern.unplaced)});
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Part of the spectrum")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Cards"))},
               rows, {70, 30});
}

void writeSpectrum(ReportHtml& html, const TeamPattern& pattern)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Reasons and types across the spectrum"));
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report",
                                                "From blameworthy (top) to praiseworthy (bottom), coloured by the "
                                                "type each reason suggests.")));
    html.chartPlaceholder(QStringLiteral("spectrum"));
    QList<QStringList> rows;
    for (FailureType type : FailureSpectrum::types()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(type, lang);
        rows.append({ReportHtml::stacked(labels), number(language, pattern.failures.count(type))});
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Cards"))},
               rows, {70, 30});
}

void writeTrend(ReportHtml& html, const TeamPattern& pattern)
{
    const ReportLanguage& language = html.language();
    QVector<FailureMonth> months;
    for (const FailureMonth& month : pattern.failures.months) {
        if (month.count(FailureType::Basic) + month.count(FailureType::Complex) + month.count(FailureType::Intelligent)
            > 0)
            months.append(month);
    }
    if (months.isEmpty())
        return;
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Over time"));
    QList<QStringList> headers{language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Month"))};
    for (FailureType type : FailureSpectrum::types()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(type, lang);
        headers.append(labels);
    }
    QList<QStringList> rows;
    // The latest two years with cards, newest last.
    for (int i = std::max(0, static_cast<int>(months.size()) - 24); i < months.size(); ++i) {
        const FailureMonth& month = months.at(i);
        // One line a month in both languages too: Qt cuts a table row of two
        // lines across a page (Welsh month at a page's foot, English atop the next).
        rows.append({ReportHtml::escaped(monthLabels(language, month.month).join(QStringLiteral(" / "))),
                     number(language, month.count(FailureType::Basic)),
                     number(language, month.count(FailureType::Complex)),
                     number(language, month.count(FailureType::Intelligent))});
    }
    html.table(headers, rows, {46, 18, 18, 18});
}

void writeScales(ReportHtml& html, const TeamPattern& pattern)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "By system scale"));
    QList<QStringList> rows;
    for (const QString& key : TeamSummary::scaleKeys())
        rows.append({ReportHtml::stacked(scaleLabels(language, key)), number(language, pattern.byScale.value(key))});
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "System scale")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Cards"))},
               rows, {70, 30});

    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "The most frequent enabling questions"));
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report",
                                                "What the team, the organisation, the place or the country would "
                                                "need to do to enable this learning, as the cards ask it.")));
    bool any = false;
    for (const QString& key : TeamSummary::scaleKeys()) {
        const QVector<QuestionCount> questions = pattern.enablingByScale.value(key);
        if (questions.isEmpty())
            continue;
        any = true;
        html.heading(3, scaleLabels(language, key));
        QList<QStringList> questionRows;
        for (int i = 0; i < questions.size() && i < TeamLearningReport::questionsPerScale; ++i)
            questionRows.append({ReportHtml::escaped(questions.at(i).text), number(language, questions.at(i).count)});
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Enabling question")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Cards"))},
                   questionRows, {85, 15});
    }
    if (!any)
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No card asks an enabling question yet.")));
}

void writeCard(ReportHtml& html, const LearningCard& card)
{
    const ReportLanguage& language = html.language();
    html.userHeading(3, card.title);
    html.beginFields();
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Month"), monthLabels(language, card.month));
    if (card.failure) {
        QStringList reasons;
        QStringList types;
        for (const QString& lang : language.languages()) {
            reasons << FailureSpectrum::label(card.failure->reason, lang);
            types << FailureSpectrum::label(card.failure->type, lang);
        }
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reason for failure"), reasons);
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure"), types);
        if (card.failure->setting) {
            QStringList settings;
            for (const QString& lang : language.languages())
                settings << FailureSpectrum::label(*card.failure->setting, lang);
            html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Setting"), settings);
        }
    }
    if (!card.scale.isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "System scale"), scaleLabels(language, card.scale));
    if (!card.tags.isEmpty())
        html.field(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Tags")), card.tags.join(QStringLiteral(", ")));
    if (!card.author.isEmpty())
        html.field(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Author")), card.author);
    html.endFields();
    html.heading(4, QT_TRANSLATE_NOOP("myfyrio::Report", "What was learned"));
    html.userText(card.lesson);
    if (!card.enabling.isEmpty()) {
        html.heading(4, QT_TRANSLATE_NOOP("myfyrio::Report", "What would enable this learning"));
        html.userText(card.enabling);
    }
}

} // namespace

ReportContent TeamLearningReport::build(const CardCollection& collection, const Options& options)
{
    QVector<LearningCard> cards;
    const CardMatcher matcher(options.filter);
    for (const LearningCard& card : collection.cards) {
        if (matcher.matches(card))
            cards.append(card);
    }
    const TeamPattern pattern =
        TeamSummary::summarise(cards, {}, Translations::locale(ReportLanguage(options.language).primary()));

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Team learning summary");
    title.owner = options.teamName.simplified();

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.charts.insert(QStringLiteral("spectrum"), SpectrumSection::chart(pattern.failures, content.language));
    content.html = [title, pattern, cards,
                    collection = CardCollection{{},
                                                collection.files,
                                                collection.malformed,
                                                collection.withdrawn,
                                                collection.conflicting,
                                                collection.unreadableFolders},
                    standing = static_cast<int>(collection.cards.size()), filtered = !options.filter.isEmpty(),
                    language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        if (pattern.firstMonth.isValid()) {
            //: %1 and %2 are months, the first and the last of the cards.
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Cards from %1 to %2"),
                                      [&pattern](const QString& lang, QString text) {
                                          return text.arg(monthYear(lang, pattern.firstMonth),
                                                          monthYear(lang, pattern.lastMonth));
                                      }));
        }
        writeCounts(html, collection, pattern, standing, filtered);
        if (pattern.cards == 0) {
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "The folders hold no learning cards yet.")));
            return html.html();
        }
        writeRegions(html, pattern);
        writeSpectrum(html, pattern);
        writeTrend(html, pattern);
        writeScales(html, pattern);

        html.pageBreak();
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "The cards"));
        if (cards.size() > mostCardsPrinted)
            //: %1 is the number of cards printed (200), %2 the number of cards in all.
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "The latest %1 cards of %2"),
                                      [&cards](const QString& lang, QString text) {
                                          const QLocale locale = Translations::locale(lang);
                                          return text.arg(locale.toString(mostCardsPrinted),
                                                          locale.toString(static_cast<int>(cards.size())));
                                      }));
        for (int i = 0; i < cards.size() && i < mostCardsPrinted; ++i)
            writeCard(html, cards.at(i));
        return html.html();
    };
    return content;
}

} // namespace myfyrio
