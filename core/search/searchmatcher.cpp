#include "core/search/searchmatcher.h"

#include "core/search/welshmutation.h"

namespace myfyrio {

namespace {

/// Forms shorter than this match whole words only (as in ftsquery.cpp).
constexpr int shortestPrefixForm = 4;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

struct Token {
    int start;
    int length;
    QString folded;
};

QVector<Token> tokens(const QString& text)
{
    QVector<Token> result;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < n && isWordChar(text.at(end)))
            ++end;
        result.append({i, end - i, SearchMatcher::folded(text.mid(i, end - i))});
        i = end;
    }
    return result;
}

} // namespace

QString SearchMatcher::folded(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            result.append(c.toLower());
    }
    return result;
}

SearchMatcher::SearchMatcher(const SearchQuery& query, bool expandMutations)
{
    for (const SearchClause& clause : query.clauses()) {
        if (clause.excluded)
            continue;
        for (const SearchTerm& term : clause.anyOf) {
            if (term.phrase) {
                QStringList words;
                for (const QString& word : term.words)
                    words << folded(word);
                m_phrases.append(words);
                continue;
            }
            const QString word = term.words.constFirst();
            const QStringList forms = expandMutations ? WelshMutation::searchForms(word) : QStringList{word};
            for (const QString& form : forms)
                m_words.append({folded(form), form == word || form.size() >= shortestPrefixForm});
        }
    }
}

QVector<SearchMatcher::Match> SearchMatcher::matches(const QString& text) const
{
    QVector<Match> result;
    if (isEmpty())
        return result;
    const QVector<Token> words = tokens(text);
    int coveredUntil = 0; // a phrase's words are not marked twice
    for (int i = 0; i < words.size(); ++i) {
        const Token& token = words.at(i);
        if (token.start < coveredUntil)
            continue;
        bool found = false;
        for (const QStringList& phrase : m_phrases) {
            if (i + phrase.size() > words.size())
                continue;
            bool all = true;
            for (int k = 0; k < phrase.size() && all; ++k)
                all = words.at(i + k).folded == phrase.at(k);
            if (all) {
                const Token& last = words.at(i + phrase.size() - 1);
                result.append({token.start, last.start + last.length - token.start});
                coveredUntil = last.start + last.length;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        for (const Form& form : m_words) {
            if (form.prefix ? token.folded.startsWith(form.text) : token.folded == form.text) {
                result.append({token.start, token.length});
                break;
            }
        }
    }
    return result;
}

} // namespace myfyrio
