#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

namespace myfyrio {

class SpellDictionary;

/// Checks words against the dictionaries in a thread of its own, so that the
/// GUI thread never waits for Enchant (a check takes about 15 µs; a long entry
/// has thousands of words). Lives in SpellingService's thread; talk to it
/// through queued signals only.
class SpellingWorker : public QObject
{
    Q_OBJECT

public:
    SpellingWorker();
    ~SpellingWorker() override;

public slots:
    /// Checks the words of a language with the dictionary of an Enchant tag
    /// and answers with checked(); the dictionary is opened on first use
    /// (unavailable() when there is none).
    void check(const QString& language, const QString& tag, const QStringList& words);
    /// Words that count as right whatever the dictionary says (the personal
    /// list and the words ignored this session).
    void setAccepted(const QString& language, const QSet<QString>& words);

signals:
    void checked(const QString& language, const QString& tag, const QHash<QString, bool>& correct);
    void unavailable(const QString& language, const QString& tag);

private:
    SpellDictionary* dictionary(const QString& tag);

    std::map<QString, std::unique_ptr<SpellDictionary>> m_dictionaries;
    QSet<QString> m_missing;
    QHash<QString, QSet<QString>> m_accepted;
};

} // namespace myfyrio
