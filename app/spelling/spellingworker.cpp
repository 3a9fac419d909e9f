#include "app/spelling/spellingworker.h"

#include "app/spelling/spelldictionary.h"
#include "app/spelling/spellingwords.h"

namespace myfyrio {

SpellingWorker::SpellingWorker() = default;
SpellingWorker::~SpellingWorker() = default;

SpellDictionary* SpellingWorker::dictionary(const QString& tag)
{
    if (auto found = m_dictionaries.find(tag); found != m_dictionaries.end())
        return found->second.get();
    if (m_missing.contains(tag))
        return nullptr;
    std::unique_ptr<SpellDictionary> opened = SpellDictionary::open(tag);
    if (!opened) {
        m_missing.insert(tag);
        return nullptr;
    }
    return m_dictionaries.emplace(tag, std::move(opened)).first->second.get();
}

void SpellingWorker::check(const QString& language, const QString& tag, const QStringList& words)
{
    SpellDictionary* dict = dictionary(tag);
    if (!dict) {
        emit unavailable(language, tag);
        return;
    }
    const QSet<QString> accepted = m_accepted.value(language);
    const auto knows = [dict, &accepted](const QString& word) { return accepted.contains(word) || dict->knows(word); };
    QHash<QString, bool> result;
    result.reserve(words.size());
    for (const QString& word : words)
        result.insert(word, SpellingWords::isCorrect(word, language, knows));
    emit checked(language, tag, result);
}

void SpellingWorker::setAccepted(const QString& language, const QSet<QString>& words)
{
    m_accepted.insert(language, words);
}

} // namespace myfyrio
