#pragma once

#include "core/journal/trashstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace myfyrio {

class Database;

/// The trash: the reflections deleted from the journal, newest first, with
/// their title, the day each was about and when it was deleted. Restore puts
/// the chosen ones back; Delete for Good and Empty Trash ask first, and
/// emptying makes a backup of the journal before anything goes. The list
/// follows every change to the trash, wherever it was made.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(const Database& database, QWidget* parent = nullptr);

    void restoreSelected();
    void deleteSelected();
    void emptyTrash();

    QTreeWidget* list() const { return m_list; }
    /// The items shown, newest first.
    const QVector<TrashItem>& items() const { return m_items; }

signals:
    /// A reflection came back from the trash.
    void restored(const QString& reflectionId, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();
    QStringList selectedIds() const;
    void showError(const QString& message);

    const Database& m_database;
    QVector<TrashItem> m_items;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_restore;
    QPushButton* m_delete;
    QPushButton* m_emptyTrash;
    QPushButton* m_close;
};

} // namespace myfyrio
