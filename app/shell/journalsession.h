#pragma once

#include "app/shell/journalopener.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace myfyrio {

class InstanceChannel;
class MainWindow;

/// One open journal and its window: holds the journal's lock and the journal,
/// answers a second Myfyrio that asks to see this window, keeps the window's
/// title naming the journal (and saying when it is read-only), shows what
/// opening did, and starts the automatic backups once the check has passed.
class JournalSession : public QObject
{
    Q_OBJECT

public:
    explicit JournalSession(OpenedJournal opened, QObject* parent = nullptr);
    ~JournalSession() override;

    MainWindow* window() const { return m_window; }
    Database& database() const { return *m_opened.database; }
    void show();
    /// Closes the window (it saves first). False when it stayed open.
    bool close();
    /// After the window has gone: the backup on close. The session can then be deleted.
    void finish();
    /// Gives the journal's lock to the caller and closes the journal and its window.
    std::unique_ptr<JournalLock> takeLockAndClose();

    /// The window title for a journal: its file name, and "— read-only" when it is.
    static QString titleFor(const Database& database);

signals:
    void journalRequested(const QString& path, bool create);
    /// The person closed the window.
    void windowClosed();
    /// The check after opening found the journal damaged; nothing was written to it.
    void damaged(const QString& path, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTitle();
    void checked(bool passed, const QString& message);

    OpenedJournal m_opened;
    std::unique_ptr<InstanceChannel> m_channel;
    QPointer<MainWindow> m_window;
    bool m_closing = false;
    bool m_showingReadOnly = false;
};

} // namespace myfyrio
