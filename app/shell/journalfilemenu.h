#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace myfyrio {

/// The File menu's New Journal…, Open Journal… and Open Recent: asks which
/// file, then asks the application shell (through journalRequested) to open
/// it. The shell opens the new journal first and only then replaces the
/// window's; a journal that fails to open leaves the current one open.
class JournalFileMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to the menu; currentPath is the journal open in the window.
    JournalFileMenu(QMenu& menu, QString currentPath, QWidget* window);

    QAction* newJournalAction() const { return m_newJournal; }
    QAction* openJournalAction() const { return m_openJournal; }
    QMenu* recentMenu() const { return m_recent; }

    void newJournal();
    void openJournal();

signals:
    /// The person chose a journal; create is true for a new one.
    void journalRequested(const QString& path, bool create);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fillRecent();

    QString m_currentPath;
    QWidget* m_window;
    QAction* m_newJournal;
    QAction* m_openJournal;
    QMenu* m_recent;
};

} // namespace myfyrio
