#include "app/privacy/guarddialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

enum Column { ReplaceColumn, KindColumn, ContextColumn, ReplacementColumn, ColumnCount };
constexpr int textRole = Qt::UserRole;
constexpr int countRole = Qt::UserRole + 1;

} // namespace

GuardDialog::GuardDialog(const Findings& findings, const QString& language, QWidget* parent, Mode mode)
    : QDialog(parent),
      m_language(language),
      m_mode(mode),
      m_findings(findings),
      m_intro(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_help(new QLabel(this)),
      m_replace(new QPushButton(this)),
      m_anyway(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("guardDialog"));
    m_intro->setWordWrap(true);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setObjectName(QStringLiteral("guardFindings"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    // Only the replacement is edited: double-click a row or press F2.
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { m_tree->editItem(item, ReplacementColumn); });
    m_tree->header()->setSectionResizeMode(ContextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_intro->setBuddy(m_tree);

    // One row for each different text found, in the order they first appear.
    QHash<QString, QTreeWidgetItem*> rows;
    for (const Finding& finding : m_findings) {
        if (QTreeWidgetItem* known = rows.value(finding.text)) {
            known->setData(ReplaceColumn, countRole, known->data(ReplaceColumn, countRole).toInt() + 1);
            continue;
        }
        auto* item = new QTreeWidgetItem(m_tree);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(ReplaceColumn, Qt::Checked);
        item->setData(ReplaceColumn, textRole, finding.text);
        item->setData(ReplaceColumn, countRole, 1);
        item->setText(KindColumn, ConfidentialityGuard::kindLabel(finding.kind));
        item->setText(ContextColumn,
                      QString(finding.before + QStringLiteral("«") + finding.text + QStringLiteral("»") + finding.after)
                          .simplified());
        item->setToolTip(ContextColumn, item->text(ContextColumn));
        item->setText(ReplacementColumn, ConfidentialityGuard::placeholder(finding.kind, m_language));
        rows.insert(finding.text, item);
    }
    m_tree->header()->setSectionResizeMode(ReplaceColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReplacementColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(ReplacementColumn,
                           m_tree->fontMetrics().horizontalAdvance(QStringLiteral("[cyfeiriad e-bost]")) + 24);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_replace, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_anyway, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    (m_mode == Mode::ShareOnly ? m_cancel : m_replace)->setDefault(true);
    // After the button box has them: it shows every button it is given.
    if (m_mode == Mode::ShareOnly) {
        m_tree->hideColumn(ReplaceColumn);
        m_tree->hideColumn(ReplacementColumn);
        m_replace->hide();
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_help);
    layout->addWidget(buttons);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Replace;
        accept();
    });
    connect(m_anyway, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ShareAnyway;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    resize(760, 420);
}

void GuardDialog::retranslate()
{
    setWindowTitle(tr("Before You Share This"));
    if (m_mode == Mode::ShareOnly)
        //: %1 is a number of places in the file.
        m_intro->setText(tr("This file could identify someone. The confidentiality guard found these details "
                            "(places in the file: %1):")
                             .arg(m_findings.size()));
    else
        //: %1 is a number of places in the report.
        m_intro->setText(tr("This report could identify someone. The confidentiality guard found these details "
                            "(places in the report: %1):")
                             .arg(m_findings.size()));
    m_tree->setHeaderLabels({tr("Replace"), tr("Kind"), tr("In the report"), tr("Replace with")});
    m_tree->setAccessibleName(tr("What the guard found"));
    if (m_mode == Mode::ShareOnly)
        m_help->setText(tr("Signed text cannot be changed here. To take these details out, go back and edit a new "
                           "draft of the agreement, or share the file as it is."));
    else
        m_help->setText(tr("Untick a detail that is not a problem, or change what it is replaced with (F2 or a "
                           "double-click). To change the reflection itself, choose Go Back and Edit. If you share "
                           "it as it is, the report says so on its first page."));
    m_replace->setText(tr("&Replace and Continue"));
    m_anyway->setText(tr("&Share As It Is"));
    m_cancel->setText(tr("&Go Back and Edit"));
    // Placeholders not changed by the writer follow the report's language only; nothing to redo here.
}

bool GuardDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress && m_tree->currentItem()
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        m_tree->editItem(m_tree->currentItem(), ReplacementColumn);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void GuardDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

Redaction GuardDialog::redaction() const
{
    Redaction redaction;
    redaction.language = m_language;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const QString text = item->data(ReplaceColumn, textRole).toString();
        if (item->checkState(ReplaceColumn) != Qt::Checked)
            redaction.kept.insert(text);
        else
            redaction.replacements.insert(text, item->text(ReplacementColumn));
    }
    return redaction;
}

int GuardDialog::leftIn() const
{
    if (m_choice == Choice::ShareAnyway)
        return static_cast<int>(m_findings.size());
    int kept = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(ReplaceColumn) != Qt::Checked)
            kept += item->data(ReplaceColumn, countRole).toInt();
    }
    return kept;
}

} // namespace myfyrio
