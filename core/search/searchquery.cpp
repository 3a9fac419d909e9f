#include "core/search/searchquery.h"

#include "core/failure/failurespectrum.h"
#include "core/search/welshmutation.h"

#include <QRegularExpression>

namespace myfyrio {

namespace {

/// The words of a piece of text as the search index splits them (the unicode61
/// tokenizer: letters, digits and combining marks; everything else separates).
QStringList indexWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    return words;
}

/// The canonical key for a key the query language knows, English or Welsh.
QString canonicalKey(const QString& key)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("tag"), QStringLiteral("tag")},       {QStringLiteral("lang"), QStringLiteral("lang")},
        {QStringLiteral("iaith"), QStringLiteral("lang")},    {QStringLiteral("after"), QStringLiteral("after")},
        {QStringLiteral("wedi"), QStringLiteral("after")},    {QStringLiteral("before"), QStringLiteral("before")},
        {QStringLiteral("cyn"), QStringLiteral("before")},    {QStringLiteral("reason"), QStringLiteral("reason")},
        {QStringLiteral("rheswm"), QStringLiteral("reason")}, {QStringLiteral("type"), QStringLiteral("type")},
        {QStringLiteral("math"), QStringLiteral("type")},
    };
    return keys.value(key.toLower());
}

QString languageCode(const QString& value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("cy") || v == QLatin1String("cymraeg") || v == QLatin1String("welsh"))
        return QStringLiteral("cy");
    if (v == QLatin1String("en") || v == QLatin1String("saesneg") || v == QLatin1String("english"))
        return QStringLiteral("en");
    return {};
}

bool isOr(const QString& token)
{
    return token == QLatin1String("OR") || token == QLatin1String("NEU");
}

} // namespace

SearchQuery SearchQuery::parse(const QString& input)
{
    SearchQuery query;
    QString text = input;
    if (text.size() > maximumLength) {
        text.truncate(maximumLength);
        //: %1 is a number of characters.
        query.m_problems << tr("Only the first %1 characters of the search were used.").arg(maximumLength);
    }
    bool pendingOr = false;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool excluded = false;
        if (text.at(i) == QLatin1Char('-')) {
            ++i;
            if (i >= n || text.at(i).isSpace())
                continue; // a lone "-" excludes nothing
            excluded = true;
        }
        if (text.at(i) == QLatin1Char('"')) {
            const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
            const int end = close < 0 ? n : close;
            SearchTerm term{indexWords(text.mid(i + 1, end - i - 1)), true};
            i = close < 0 ? n : close + 1;
            query.addClauseTerm(std::move(term), excluded, pendingOr);
            pendingOr = false;
            continue;
        }
        int end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
            ++end;
        const QString token = text.mid(i, end - i);
        i = end;
        if (!excluded && isOr(token)) {
            pendingOr = true;
            continue;
        }
        const int colon = int(token.indexOf(QLatin1Char(':')));
        const QString key = colon > 0 ? canonicalKey(token.left(colon)) : QString();
        if (!key.isEmpty()) {
            QString value = token.mid(colon + 1);
            if (value.isEmpty() && i < n && text.at(i) == QLatin1Char('"')) {
                const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
                value = text.mid(i + 1, (close < 0 ? n : close) - i - 1);
                i = close < 0 ? n : close + 1;
            }
            if (excluded)
                //: %1 is what the person typed, such as -tag:work.
                query.m_problems << tr("“%1” was left out: only words and phrases can be excluded with a minus sign.")
                                        .arg(QLatin1Char('-') + token);
            else
                query.readKey(key, value.trimmed());
            pendingOr = false;
            continue;
        }
        SearchTerm term;
        term.words = indexWords(token);
        term.phrase = term.words.size() > 1; // "e-bost" and "10:30" are read as phrases
        query.addClauseTerm(std::move(term), excluded, pendingOr);
        pendingOr = false;
    }
    return query;
}

void SearchQuery::addClauseTerm(SearchTerm term, bool excluded, bool joinWithPrevious)
{
    if (term.words.isEmpty())
        return; // only punctuation: nothing to look for
    if (joinWithPrevious && !excluded && !m_clauses.isEmpty() && !m_clauses.last().excluded) {
        m_clauses.last().anyOf.append(std::move(term));
        return;
    }
    if (m_clauses.size() >= maximumClauses) {
        if (!m_tooManyTold) {
            //: %1 is a number of words.
            m_problems << tr("Only the first %1 words or phrases of the search were used.").arg(maximumClauses);
            m_tooManyTold = true;
        }
        return;
    }
    SearchClause clause;
    clause.anyOf.append(std::move(term));
    clause.excluded = excluded;
    m_clauses.append(std::move(clause));
}

void SearchQuery::readKey(const QString& key, const QString& value)
{
    if (value.isEmpty()) {
        //: %1 is a search key such as tag: or after:.
        m_problems
            << tr("“%1” needs something after the colon, for example tag:supervision.").arg(key + QLatin1Char(':'));
        return;
    }
    if (key == QLatin1String("tag")) {
        m_tags << value;
    } else if (key == QLatin1String("lang")) {
        const QString code = languageCode(value);
        if (code.isEmpty())
            //: %1 is what the person typed after lang:.
            m_problems << tr("“%1” is not a language of the journal. Use lang:cy or lang:en.").arg(value);
        else if (!m_languages.contains(code))
            m_languages << code;
    } else if (key == QLatin1String("after") || key == QLatin1String("before")) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = isoDate.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            //: %1 is what the person typed after after: or before:.
            m_problems
                << tr("“%1” is not a date. Write a date as year-month-day, for example after:2024-03-01.").arg(value);
        } else if (key == QLatin1String("after")) {
            m_after = m_after.isValid() ? qMax(m_after, date) : date;
        } else {
            m_before = m_before.isValid() ? qMin(m_before, date) : date;
        }
    } else if (key == QLatin1String("reason")) {
        const QString code = value.toLower();
        if (!FailureSpectrum::reasonFromCode(code))
            //: %1 is what the person typed after reason:; %2 lists the codes that can be used.
            m_problems
                << tr("“%1” is not a reason for failure. Use one of: %2.").arg(value, FailureSpectrum::reasonCodes());
        else if (!m_reasons.contains(code))
            m_reasons << code;
    } else if (key == QLatin1String("type")) {
        const QString code = value.toLower();
        if (!FailureSpectrum::typeFromCode(code))
            //: %1 is what the person typed after type:.
            m_problems
                //: %1 is what the person typed.
                << tr("“%1” is not a type of failure. Use type:basic, type:complex or type:intelligent.").arg(value);
        else if (!m_types.contains(code))
            m_types << code;
    }
}

bool SearchQuery::hasRequiredText() const
{
    for (const SearchClause& clause : m_clauses) {
        if (!clause.excluded)
            return true;
    }
    return false;
}

bool SearchQuery::isEmpty() const
{
    return m_clauses.isEmpty() && m_tags.isEmpty() && m_languages.isEmpty() && m_reasons.isEmpty() && m_types.isEmpty()
           && !m_after.isValid() && !m_before.isValid();
}

bool SearchQuery::isWelsh() const
{
    if (m_languages == QStringList{QStringLiteral("cy")})
        return true;
    for (const SearchClause& clause : m_clauses) {
        for (const SearchTerm& term : clause.anyOf) {
            for (const QString& word : term.words) {
                if (WelshMutation::looksWelsh(word))
                    return true;
            }
        }
    }
    return false;
}

QString SearchQuery::syntaxHint()
{
    //: The search box's tooltip. Keep the search keys (tag:, lang:, after:, before:, reason:, type:, OR) as
    //: they are; their Welsh names (iaith:, wedi:, cyn:, rheswm:, math:, NEU) work too.
    return tr("Every word must appear; a word also finds its Welsh mutations (tref: dref, nhref, thref).\n"
              "\"a phrase\" — words together, in this order\n"
              "this OR that — either word\n"
              "-word — leave out reflections with it\n"
              "tag:name   lang:cy or lang:en   type:basic, complex or intelligent   reason:CODE\n"
              "after:2024-01-31 (that day and later)   before:2024-03-01 (up to the day before)");
}

} // namespace myfyrio
