#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDate;
class QMenu;
class QWidget;

namespace myfyrio {

class Database;
class TrashDialog;

/// The trash in the menus: File ▸ Trash… opens the Trash window (one at a
/// time). When the journal is opened, items older than TrashStore::keepDays
/// are deleted for good, after a checked backup (TrashKeeper); when no backup
/// can be made, nothing is deleted.
class TrashActions : public QObject
{
    Q_OBJECT

public:
    /// Adds Trash… to the menu; window is the parent of the Trash window.
    TrashActions(const Database& database, QMenu& menu, QWidget* window);

    void showTrash();
    TrashDialog* dialog() const;
    QAction* showAction() const { return m_show; }

signals:
    /// A reflection came back from the trash (for the journal to open it).
    void restored(const QString& reflectionId, const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    const Database& m_database;
    QWidget* m_window;
    QAction* m_show;
    QPointer<TrashDialog> m_dialog;
};

} // namespace myfyrio
