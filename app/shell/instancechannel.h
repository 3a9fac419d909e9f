#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace myfyrio {

/// How a second Myfyrio asks the first, which has the same journal open, to
/// show its window: a local socket named after the journal's canonical path,
/// reachable only by the same user.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    /// Listens for the journal (at its canonical path). Call only while holding its JournalLock.
    explicit InstanceChannel(const QString& canonicalJournal, QObject* parent = nullptr);
    ~InstanceChannel() override;

    bool isListening() const;

    /// Asks the Myfyrio that has the journal open to show its window; true
    /// when it answered that it did.
    static bool askToRaise(const QString& canonicalJournal, int timeoutMilliseconds = 2000);

    static QString serverName(const QString& canonicalJournal);

signals:
    void raiseRequested();

private:
    QLocalServer* m_server;
};

} // namespace myfyrio
