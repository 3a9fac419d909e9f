#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace myfyrio {

/// Saves what is open before the app ends on SIGTERM, SIGINT or SIGHUP
/// (logout, shutdown, `kill`, Ctrl+C in a terminal).
///
/// A signal handler may do almost nothing safely, so it only writes the
/// signal's number to a pipe (the "self-pipe trick", as in Qt's "Calling Qt
/// Functions From Unix Signal Handlers"); a QSocketNotifier reads it on the
/// GUI thread, where every open editor is saved (EditSaver::saveEverything)
/// and then the app is told to quit. One at a time; the handlers are put back
/// as they were when it goes.
class SignalSaver : public QObject
{
    Q_OBJECT

public:
    /// What to do once everything is saved; by default the event loop quits
    /// with exit code 0 (everything saved) or 1 (something could not be).
    using Quit = std::function<void(int exitCode)>;

    explicit SignalSaver(Quit quit = {}, QObject* parent = nullptr);
    ~SignalSaver() override;

    /// True when the handlers are in place (false only if the pipe could not be made).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    /// A signal arrived and everything open was saved, or tried (the failures' reasons).
    void savedOnSignal(int signalNumber, const QStringList& failures);

private:
    void onSignal();

    Quit m_quit;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace myfyrio
