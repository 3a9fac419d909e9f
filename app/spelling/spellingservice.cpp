#include "app/spelling/spellingservice.h"

#include "app/spelling/personaldictionary.h"
#include "app/spelling/spelldictionary.h"
#include "app/spelling/spellingworker.h"

#include <QCoreApplication>
#include <QTimer>

namespace myfyrio {

SpellingService& SpellingService::instance()
{
    static SpellingService* service = nullptr;
    if (!service) {
        service = new SpellingService(QCoreApplication::instance());
        QObject::connect(service, &QObject::destroyed, [] { service = nullptr; });
    }
    return *service;
}

SpellingService::SpellingService(QObject* parent) : QObject(parent), m_worker(new SpellingWorker)
{
    qRegisterMetaType<QHash<QString, bool>>();
    qRegisterMetaType<QSet<QString>>();
    m_thread.setObjectName(QStringLiteral("spelling"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SpellingWorker::checked, this, &SpellingService::onChecked, Qt::QueuedConnection);
    connect(m_worker, &SpellingWorker::unavailable, this, &SpellingService::onUnavailable, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
}

SpellingService::~SpellingService()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has stopped, so nothing else can reach it
}

SpellingService::State SpellingService::state(const QString& language, const QString& word)
{
    const auto& known = m_known[language];
    if (const auto found = known.constFind(word); found != known.cend())
        return found.value() ? State::Correct : State::Misspelt;
    if (m_availability.value(language) == Availability::Unavailable)
        return State::Unknown;
    QSet<QString>& pending = m_pending[language];
    if (!pending.contains(word)) {
        pending.insert(word);
        m_toSend[language].append(word);
        if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, this, &SpellingService::flush);
        }
    }
    return State::Unknown;
}

SpellingService::Availability SpellingService::availability(const QString& language) const
{
    return m_availability.value(language, Availability::NotYetKnown);
}

QString SpellingService::tagOf(const QString& language)
{
    auto found = m_tags.find(language);
    if (found == m_tags.end())
        found = m_tags.insert(language, SpellDictionary::tagFor(language));
    return found.value();
}

void SpellingService::sendCheck(const QString& language, const QStringList& words)
{
    QMetaObject::invokeMethod(m_worker, "check", Qt::QueuedConnection, Q_ARG(QString, language),
                              Q_ARG(QString, tagOf(language)), Q_ARG(QStringList, words));
}

void SpellingService::prepare(const QString& language)
{
    if (language.isEmpty())
        return;
    const QString tag = SpellDictionary::tagFor(language);
    if (m_tags.contains(language) && m_tags.value(language) == tag)
        return;
    m_tags.insert(language, tag);
    m_known.remove(language);
    m_pending.remove(language);
    m_toSend.remove(language);
    m_availability.remove(language);
    sendAccepted(language);
    sendCheck(language, {});
    emit availabilityChanged(language);
}

void SpellingService::flush()
{
    m_flushQueued = false;
    for (auto it = m_toSend.begin(); it != m_toSend.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!m_personal.count(it.key()))
            sendAccepted(it.key()); // the personal list reaches the worker before the first words
        sendCheck(it.key(), it.value());
        it.value().clear();
    }
}

void SpellingService::onChecked(const QString& language, const QString& tag, const QHash<QString, bool>& correct)
{
    if (tag != tagOf(language))
        return; // checked with a dictionary the language no longer uses
    if (m_availability.value(language) != Availability::Available) {
        m_availability.insert(language, Availability::Available);
        emit availabilityChanged(language);
    }
    auto& known = m_known[language];
    auto& pending = m_pending[language];
    QStringList words;
    words.reserve(correct.size());
    for (auto it = correct.cbegin(); it != correct.cend(); ++it) {
        known.insert(it.key(), it.value());
        pending.remove(it.key());
        words << it.key();
    }
    if (!words.isEmpty())
        emit checked(language, words);
}

void SpellingService::onUnavailable(const QString& language, const QString& tag)
{
    if (tag != tagOf(language))
        return;
    m_availability.insert(language, Availability::Unavailable);
    m_pending.remove(language);
    emit availabilityChanged(language);
}

QStringList SpellingService::suggestions(const QString& language, const QString& word, int most)
{
    const QString tag = tagOf(language);
    auto found = m_suggesters.find(tag);
    if (found == m_suggesters.end())
        found = m_suggesters.emplace(tag, SpellDictionary::open(tag)).first;
    return found->second ? found->second->suggestions(word, most) : QStringList();
}

PersonalDictionary& SpellingService::personal(const QString& language)
{
    auto found = m_personal.find(language);
    if (found == m_personal.end())
        found = m_personal.emplace(language, std::make_unique<PersonalDictionary>(language)).first;
    return *found->second;
}

void SpellingService::sendAccepted(const QString& language)
{
    const QSet<QString> accepted = personal(language).words() + m_ignored.value(language);
    QMetaObject::invokeMethod(m_worker, "setAccepted", Qt::QueuedConnection, Q_ARG(QString, language),
                              Q_ARG(QSet<QString>, accepted));
}

void SpellingService::recheckMisspelt(const QString& language)
{
    // Words with clitics ("Myfyrio'r") may be right now: ask again about every
    // misspelt word, keeping its underline until the answer comes.
    const auto& known = m_known[language];
    QSet<QString>& pending = m_pending[language];
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!it.value() && !pending.contains(it.key())) {
            pending.insert(it.key());
            m_toSend[language].append(it.key());
        }
    }
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &SpellingService::flush);
    }
}

Expected<void> SpellingService::addToDictionary(const QString& language, const QString& word)
{
    auto saved = personal(language).add(word);
    m_known[language].insert(word, true);
    sendAccepted(language);
    recheckMisspelt(language);
    emit checked(language, {word});
    return saved;
}

void SpellingService::ignore(const QString& language, const QString& word)
{
    m_ignored[language].insert(word);
    m_known[language].insert(word, true);
    sendAccepted(language);
    recheckMisspelt(language);
    emit checked(language, {word});
}

} // namespace myfyrio
