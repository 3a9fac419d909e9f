#include "app/attachments/attachmentspanel.h"

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "core/attachments/attachmentcopies.h"
#include "core/attachments/attachmentstore.h"
#include "core/io/savedfile.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

AttachmentsPanel::AttachmentsPanel(const Database& database, QWidget* parent)
    : ReflectionPanel(parent),
      m_database(database),
      m_box(new QGroupBox(this)),
      m_empty(new QLabel(m_box)),
      m_list(new QListWidget(m_box)),
      m_add(new QPushButton(m_box)),
      m_open(new QPushButton(m_box)),
      m_save(new QPushButton(m_box)),
      m_remove(new QPushButton(m_box))
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(QStringLiteral("attachmentsList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);
    m_list->installEventFilter(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_empty);
    boxLayout->addWidget(m_list);
    boxLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, [this] { open(selectedId()); });
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPanel::saveCopy);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { open(item->data(idRole).toString()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsPanel::updateButtons);
    const JournalChanges& changes = m_database.changes();
    connect(&changes, &JournalChanges::attachmentsChanged, this, [this](const QStringList& ids) {
        if (ids.contains(m_reflectionId))
            refresh();
    });
    connect(&changes, &JournalChanges::journalReplaced, this, &AttachmentsPanel::refresh);
    // The copies written for opening go when Myfyrio does.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [] { AttachmentCopies::removeAll(); });
    retranslate();
    refresh();
}

void AttachmentsPanel::retranslate()
{
    m_box->setTitle(tr("Evidence"));
    m_empty->setText(tr("No files yet. Add certificates, photos or documents (up to 25 MB each); they are kept "
                        "inside your journal and its backups."));
    m_list->setAccessibleName(tr("Attached files"));
    // The editor has used up the access keys: in the list, Insert adds, Enter opens and Delete removes.
    m_add->setText(tr("Add Files…"));
    m_add->setToolTip(tr("Add certificates, photos or documents (Insert in the list)."));
    m_open->setText(tr("Open"));
    m_save->setText(tr("Save a Copy…"));
    m_remove->setText(tr("Remove…"));
    m_open->setToolTip(tr("Open the file with the application your desktop uses for it (Enter in the list)."));
    m_remove->setToolTip(tr("Remove the file from the journal (Delete in the list)."));
    refresh();
}

void AttachmentsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ReflectionPanel::changeEvent(event);
}

bool AttachmentsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) && !selectedId().isEmpty()) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            chooseFiles();
            return true;
        }
    }
    return ReflectionPanel::eventFilter(watched, event);
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_reflectionId.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

void AttachmentsPanel::load(const Reflection& reflection)
{
    m_reflectionId = reflection.id;
    refresh();
}

void AttachmentsPanel::store(Reflection&) const
{
    // Attachments are saved the moment they are added or removed, not with the text.
}

void AttachmentsPanel::refresh()
{
    const QString current = selectedId();
    m_attachments.clear();
    m_list->clear();
    if (!m_reflectionId.isEmpty()) {
        auto listed = AttachmentStore(m_database).list(m_reflectionId);
        if (listed)
            m_attachments = *listed;
        else
            problem(listed.error());
    }
    const QMimeDatabase types;
    const QLocale locale;
    for (const Attachment& a : std::as_const(m_attachments)) {
        //: %1 is a file name, %2 its size ("2.5 MB").
        auto* item = new QListWidgetItem(
            QIcon::fromTheme(types.mimeTypeForName(a.mediaType).iconName(),
                             QIcon::fromTheme(QStringLiteral("text-x-generic"))),
            tr("%1 (%2)").arg(a.fileName, locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat)),
            m_list);
        item->setData(idRole, a.id);
        item->setToolTip(a.mediaType);
        if (a.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_attachments.isEmpty());
    m_list->setVisible(!m_attachments.isEmpty());
    updateButtons();
}

void AttachmentsPanel::updateButtons()
{
    const bool chosen = !selectedId().isEmpty();
    m_add->setEnabled(!m_reflectionId.isEmpty());
    m_open->setEnabled(chosen);
    m_save->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

QString AttachmentsPanel::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(idRole).toString() : QString();
}

void AttachmentsPanel::problem(const QString& message)
{
    m_lastProblem = message;
    if (isVisible())
        MessageBox::warning(this, tr("Evidence"), message);
}

void AttachmentsPanel::chooseFiles()
{
    // One file at a time here; several at once can be dropped on the panel.
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add a File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        addFiles({path});
}

void AttachmentsPanel::addFiles(const QStringList& paths)
{
    m_lastProblem.clear();
    if (m_reflectionId.isEmpty() || paths.isEmpty())
        return;
    QStringList problems;
    const AttachmentStore store(m_database);
    for (const QString& path : paths) {
        if (auto added = store.addFile(m_reflectionId, path); !added)
            problems << added.error();
    }
    if (!problems.isEmpty())
        problem(problems.join(QLatin1Char('\n')));
}

void AttachmentsPanel::open(const QString& attachmentId)
{
    m_lastProblem.clear();
    for (const Attachment& a : std::as_const(m_attachments)) {
        if (a.id != attachmentId)
            continue;
        auto bytes = AttachmentStore(m_database).data(a.id);
        if (!bytes) {
            problem(bytes.error());
            return;
        }
        auto path = AttachmentCopies::write(a, *bytes);
        if (!path) {
            problem(path.error());
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
            problem(
                //: %1 is the name of an attached file.
                tr("No application on this computer opens “%1”. Save a copy and open it from there.").arg(a.fileName));
        return;
    }
}

void AttachmentsPanel::saveCopy()
{
    const QString id = selectedId();
    for (const Attachment& a : std::as_const(m_attachments)) {
        if (a.id != id)
            continue;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = FileDialog::getSaveFileName(this, tr("Save a Copy"), QDir(folder).filePath(a.fileName));
        if (path.isEmpty())
            return;
        auto bytes = AttachmentStore(m_database).data(a.id);
        if (!bytes) {
            problem(bytes.error());
            return;
        }
        if (auto written = SavedFile::write(path, *bytes); !written)
            problem(written.error());
        return;
    }
}

void AttachmentsPanel::removeSelected()
{
    const QString id = selectedId();
    QString name;
    for (const Attachment& a : std::as_const(m_attachments)) {
        if (a.id == id)
            name = a.fileName;
    }
    if (id.isEmpty() || name.isEmpty())
        return;
    //: %1 is the name of an attached file.
    const QString question = tr("Remove “%1” from the journal?").arg(name);
    QMessageBox box(QMessageBox::Question, tr("Remove File"), question, QMessageBox::NoButton, this);
    box.setInformativeText(tr("It is kept in backups made before now, but not in the journal."));
    QPushButton* removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBox::exec(box) == removeButton)
        remove(id);
}

void AttachmentsPanel::remove(const QString& attachmentId)
{
    m_lastProblem.clear();
    if (auto removed = AttachmentStore(m_database).remove(attachmentId); !removed)
        problem(removed.error());
}

} // namespace myfyrio
