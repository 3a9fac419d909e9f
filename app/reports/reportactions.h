#pragma once

#include "core/journal/reflection.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace myfyrio {

class Database;

/// The File menu's reports and backups: Report… (PDF, print, preview),
/// Export Backup…, Import Backup… and Export as Markdown…. The actions
/// retranslate themselves when the interface language changes.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to the menu; window is the parent of their dialogs.
    ReportActions(const Database& database, QMenu& menu, QWidget* window);

    /// Where Report… reads the journal's current search, to offer it as a portfolio.
    void setCurrentSearch(std::function<ReflectionFilter()> currentSearch)
    {
        m_currentSearch = std::move(currentSearch);
    }

    /// What an import did, as the message the user sees (for tests).
    QString lastMessage() const { return m_lastMessage; }

    void exportBackup(const QString& path);
    void importBackup(const QString& path);
    void exportMarkdown(const QString& folder);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void showReport();
    void inform(const QString& title, const QString& message, bool failed);

    const Database& m_database;
    QWidget* m_window;
    QAction* m_report;
    QAction* m_exportBackup;
    QAction* m_importBackup;
    QAction* m_exportMarkdown;
    QString m_lastMessage;
    std::function<ReflectionFilter()> m_currentSearch;
};

} // namespace myfyrio
