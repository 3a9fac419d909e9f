#pragma once

#include "app/journal/reflectionpanel.h"
#include "core/attachments/attachment.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace myfyrio {

class Database;

/// The reflection editor's evidence files (certificates, photos, PDFs): add
/// them (Add Files…, one at a time, or drop several here), open one with the desktop's own
/// application (Enter or double-click), save a copy, or remove one (Delete).
/// The files live in the journal through AttachmentStore, saved at once,
/// not with the reflection's text; the panel follows JournalChanges.
class AttachmentsPanel : public ReflectionPanel
{
    Q_OBJECT

public:
    explicit AttachmentsPanel(const Database& database, QWidget* parent = nullptr);

    void load(const Reflection& reflection) override;
    void store(Reflection& reflection) const override;

    /// Adds files to the shown reflection; says what went wrong, if anything.
    void addFiles(const QStringList& paths);
    /// Writes an owner-only copy and asks the desktop to open it.
    void open(const QString& attachmentId);
    void remove(const QString& attachmentId);

    QListWidget* list() const { return m_list; }
    QVector<Attachment> attachments() const { return m_attachments; }
    /// The last problem shown to the user, for tests; empty after a success.
    QString lastProblem() const { return m_lastProblem; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void refresh();
    void chooseFiles();
    void saveCopy();
    void removeSelected();
    void updateButtons();
    QString selectedId() const;
    void problem(const QString& message);

    const Database& m_database;
    QString m_reflectionId;
    QVector<Attachment> m_attachments;
    QString m_lastProblem;
    QGroupBox* m_box;
    QLabel* m_empty;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace myfyrio
