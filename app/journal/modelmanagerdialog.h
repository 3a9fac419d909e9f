#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace myfyrio {

class Database;

/// Lists the reflective models; creates, edits, duplicates and deletes the writer's own.
/// Built-in models can be duplicated, and the copy edited.
class ModelManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelManagerDialog(const Database& database, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Selects the model with this code; false when there is none.
    bool select(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload(const QString& selectCode = {});
    void retranslate();
    void updateButtons();
    QString currentCode() const;
    bool currentIsBuiltIn() const;
    void createModel();
    void editModel();
    void duplicateModel();
    void deleteModel();

    const Database& m_database;
    QLabel* m_intro;
    QListWidget* m_list;
    QLabel* m_description;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QDialogButtonBox* m_buttons;
};

} // namespace myfyrio
