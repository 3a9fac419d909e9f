#pragma once

#include "core/io/import/journalsource.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace myfyrio {

class Database;
class ImportDialog;

/// File ▸ Import ▸ From RedNotebook… / Day One… / jrnl… / Markdown Folder…:
/// each asks for the source and opens an ImportDialog on it.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the Import submenu to the menu; window is the parent of its dialogs.
    ImportActions(const Database& database, QMenu& menu, QWidget* window);

    /// Opens the import dialog on a source already chosen (the menu's actions call it).
    ImportDialog* importFrom(SourceKind kind, const QString& path);
    /// The dialog opened last, while it is open.
    ImportDialog* dialog() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void choose(SourceKind kind);

    const Database& m_database;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_redNotebook;
    QAction* m_dayOne;
    QAction* m_jrnl;
    QAction* m_markdown;
    QPointer<ImportDialog> m_dialog;
};

} // namespace myfyrio
