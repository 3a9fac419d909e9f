#pragma once

#include "core/util/expected.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <map>
#include <memory>

namespace myfyrio {

class PersonalDictionary;
class SpellDictionary;
class SpellingWorker;

/// Spell-checking for the whole application, in Welsh and English: a cache of
/// what is known about each word, a worker thread that asks the dictionaries
/// about the rest, the personal word lists, and the words ignored this session.
///
/// Everything here runs on the GUI thread and never waits: state() answers
/// from the cache at once (Unknown for a word not checked yet, which it asks
/// the worker about), and checked() says when answers have arrived.
class SpellingService : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Correct, Misspelt };
    enum class Availability { NotYetKnown, Available, Unavailable };

    /// The one service, made on first use and owned by the application.
    static SpellingService& instance();

    ~SpellingService() override;

    State state(const QString& language, const QString& word);
    Availability availability(const QString& language) const;
    /// Opens the language's dictionary in the worker, so that availability() is
    /// soon known. Reads which dictionary the language uses (SpellDictionary::tagFor)
    /// again: when that changed, what was known about the language is forgotten.
    void prepare(const QString& language);

    /// True while words of the language wait for the worker's answer.
    bool isChecking(const QString& language) const { return !m_pending.value(language).isEmpty(); }

    /// Up to `most` suggestions (asks the dictionary on this thread: a few milliseconds).
    QStringList suggestions(const QString& language, const QString& word, int most = 6);

    /// Adds a word to the personal list of the language (saved in the data folder).
    Expected<void> addToDictionary(const QString& language, const QString& word);
    /// Counts the word as right in the language until Myfyrio closes.
    void ignore(const QString& language, const QString& word);

signals:
    /// Answers about these words of the language have arrived (or a word was added or ignored).
    void checked(const QString& language, const QStringList& words);
    /// Whether the language has a dictionary is now known.
    void availabilityChanged(const QString& language);

private:
    explicit SpellingService(QObject* parent);
    void flush();
    void onChecked(const QString& language, const QString& tag, const QHash<QString, bool>& correct);
    void onUnavailable(const QString& language, const QString& tag);
    QString tagOf(const QString& language);
    void sendCheck(const QString& language, const QStringList& words);
    PersonalDictionary& personal(const QString& language);
    void sendAccepted(const QString& language);
    void recheckMisspelt(const QString& language);

    QThread m_thread;
    SpellingWorker* m_worker;
    QHash<QString, QHash<QString, bool>> m_known; ///< language → word → right
    QHash<QString, QSet<QString>> m_pending;      ///< asked, not answered
    QHash<QString, QStringList> m_toSend;         ///< not yet sent to the worker
    QHash<QString, Availability> m_availability;
    QHash<QString, QSet<QString>> m_ignored;
    std::map<QString, std::unique_ptr<PersonalDictionary>> m_personal;
    std::map<QString, std::unique_ptr<SpellDictionary>> m_suggesters;
    QHash<QString, QString> m_tags; ///< language → the Enchant tag its words are checked with
    bool m_flushQueued = false;
};

} // namespace myfyrio
