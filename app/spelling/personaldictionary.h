#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace myfyrio {

/// The words a person added to the dictionary of one language: one word a
/// line, UTF-8, in personal-words-LANGUAGE.txt in the data folder beside the
/// journal's default place (readable by the owner only, written whole through
/// QSaveFile so a failed save never loses the list).
class PersonalDictionary
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::PersonalDictionary)

public:
    explicit PersonalDictionary(const QString& language);

    /// The file for a language, in QStandardPaths::AppDataLocation.
    static QString pathFor(const QString& language);

    const QSet<QString>& words() const { return m_words; }
    bool contains(const QString& word) const { return m_words.contains(word); }

    /// Adds a word and saves the list; on failure the word is still known this session.
    Expected<void> add(const QString& word);

private:
    QString m_language;
    QSet<QString> m_words;
};

} // namespace myfyrio
