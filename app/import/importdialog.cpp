#include "app/import/importdialog.h"

#include "app/import/importpreviewtext.h"
#include "app/import/importrun.h"
#include "core/io/import/importsummary.h"
#include "core/io/import/importwriter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace myfyrio {

ImportDialog::ImportDialog(const Database& database, SourceKind kind, const QString& path, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_kind(kind),
      m_path(path),
      m_run(new ImportRun(database, kind, path, this)),
      m_heading(new QLabel(this)),
      m_details(new QTextBrowser(this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setModal(true);
    resize(560, 480);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_details->setOpenLinks(false);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::accept);
    connect(m_run, &ImportRun::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_run, &ImportRun::readFinished, this, &ImportDialog::readFinished);
    connect(m_run, &ImportRun::writeFinished, this, &ImportDialog::writeFinished);

    setStage(Stage::Reading);
    m_run->startReading();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::text() const
{
    return m_details->toPlainText();
}

void ImportDialog::reject()
{
    if (m_run->isBusy()) {
        // Stop at the next entry; the dialog closes when the work has stopped, leaving nothing changed.
        m_run->cancel();
        m_cancel->setEnabled(false);
        m_details->setHtml(QStringLiteral("<p>") + tr("Cancelling…").toHtmlEscaped() + QStringLiteral("</p>"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(ImportPreviewText::heading(m_kind));
    //: %1 is the file or folder being imported.
    m_heading->setText(tr("Source: %1").arg(QDir::toNativeSeparators(m_path)));
    m_import->setText(tr("&Import"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    m_details->setAccessibleName(tr("What will be imported"));
    m_progress->setAccessibleName(tr("Progress of the import"));
    switch (m_stage) {
    case Stage::Reading:
        m_details->setHtml(QStringLiteral("<p>") + tr("Reading…").toHtmlEscaped() + QStringLiteral("</p>"));
        break;
    case Stage::Importing:
        m_details->setHtml(QStringLiteral("<p>") + tr("Importing…").toHtmlEscaped() + QStringLiteral("</p>"));
        break;
    case Stage::Preview:
        m_details->setHtml(ImportPreviewText::preview(m_preview, m_backupFirst));
        break;
    case Stage::Done:
    case Stage::Failed:
        m_details->setHtml(m_resultText);
        break;
    }
}

void ImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Reading || stage == Stage::Importing;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the first report
        m_progress->setValue(0);
    }
    m_import->setVisible(stage == Stage::Preview);
    m_import->setEnabled(stage == Stage::Preview && m_preview.toAdd > 0);
    m_cancel->setVisible(busy || stage == Stage::Preview);
    m_cancel->setEnabled(true);
    m_close->setVisible(stage == Stage::Done || stage == Stage::Failed);
    if (stage == Stage::Preview && m_preview.toAdd > 0)
        m_import->setDefault(true);
    else if (!busy && stage != Stage::Preview)
        m_close->setDefault(true);
    retranslate();
    emit stageChanged(stage);
}

void ImportDialog::readFinished(bool ok, const QString& error)
{
    if (m_run->isCancelling()) {
        QDialog::reject();
        return;
    }
    if (!ok) {
        m_resultText = ImportPreviewText::failure(error);
        setStage(Stage::Failed);
        return;
    }
    auto existing = ImportWriter(m_database).existingIds(m_run->batch());
    if (!existing) {
        m_resultText = ImportPreviewText::failure(existing.error());
        setStage(Stage::Failed);
        return;
    }
    m_preview = ImportPreview::of(m_run->batch(), *existing);
    // A journal with nothing in it is not worth a copy.
    auto count = ReflectionStore(m_database).count();
    m_backupFirst = !count || *count > 0;
    setStage(Stage::Preview);
}

void ImportDialog::startImport()
{
    if (m_stage != Stage::Preview || m_preview.toAdd == 0)
        return;
    setStage(Stage::Importing);
    m_run->startWriting(m_backupFirst);
}

void ImportDialog::writeFinished(bool ok, const QString& error, const ImportOutcome& outcome, const QString& backupPath)
{
    // A cancel that came after the commit does not hide what was imported.
    if (!ok && m_run->isCancelling()) {
        QDialog::reject();
        return;
    }
    m_resultText = ok ? ImportPreviewText::summary(ImportSummary::lines(outcome, false), backupPath)
                      : ImportPreviewText::failure(error);
    setStage(ok ? Stage::Done : Stage::Failed);
}

} // namespace myfyrio
