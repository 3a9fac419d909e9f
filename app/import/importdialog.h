#pragma once

#include "core/io/import/importpreview.h"
#include "core/io/import/journalsource.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace myfyrio {

class Database;
class ImportRun;
struct ImportOutcome;

/// Imports another journal in three steps, nothing changing before the last:
/// it reads the source (off the GUI thread, with a progress bar and Cancel),
/// shows a preview — how many entries, which are new, their dates, tags and
/// languages, a few titles, and what will be skipped and why — and, when the
/// person chooses Import, makes a backup and stores everything in one
/// transaction, again with a progress bar and Cancel (a cancel changes nothing).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Reading, Preview, Importing, Done, Failed };

    ImportDialog(const Database& database, SourceKind kind, const QString& path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    Stage stage() const { return m_stage; }
    /// What the dialog shows, as plain text.
    QString text() const;
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* closeButton() const { return m_close; }

    /// Cancels what is running; the dialog closes when it has stopped.
    void reject() override;

signals:
    void stageChanged(myfyrio::ImportDialog::Stage stage);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setStage(Stage stage);
    void readFinished(bool ok, const QString& error);
    void writeFinished(bool ok, const QString& error, const ImportOutcome& outcome, const QString& backupPath);
    void showPreview();
    void startImport();

    const Database& m_database;
    SourceKind m_kind;
    QString m_path;
    ImportRun* m_run;
    Stage m_stage = Stage::Reading;
    ImportPreview m_preview;
    bool m_backupFirst = false;
    QString m_resultText; ///< the summary after the import, or why it failed

    QLabel* m_heading;
    QTextBrowser* m_details;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace myfyrio
