#include "app/journal/modeleditordialog.h"

#include "app/dialogs/messagebox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

enum Column { CodeColumn, TitleEn, TitleCy, GuidanceEn, GuidanceCy, ColumnCount };

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ModelEditorDialog::ModelEditorDialog(const ReflectiveModel& model, QWidget* parent)
    : QDialog(parent),
      m_original(model),
      m_nameEnLabel(new QLabel(this)),
      m_nameEn(new QLineEdit(model.name.en, this)),
      m_nameCyLabel(new QLabel(this)),
      m_nameCy(new QLineEdit(model.name.cy, this)),
      m_descEnLabel(new QLabel(this)),
      m_descEn(new QPlainTextEdit(model.description.en, this)),
      m_descCyLabel(new QLabel(this)),
      m_descCy(new QPlainTextEdit(model.description.cy, this)),
      m_promptsLabel(new QLabel(this)),
      m_prompts(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("modelEditor"));
    for (QPlainTextEdit* description : {m_descEn, m_descCy}) {
        description->setTabChangesFocus(true);
        description->setMaximumHeight(64);
    }
    auto* form = new QFormLayout;
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_nameCyLabel, m_nameCy);
    form->addRow(m_descEnLabel, m_descEn);
    form->addRow(m_descCyLabel, m_descCy);
    m_prompts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_prompts->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_prompts->verticalHeader()->hide();
    m_prompts->setWordWrap(true);
    for (const ModelPrompt& prompt : model.prompts) {
        const int row = m_prompts->rowCount();
        m_prompts->insertRow(row);
        m_prompts->setItem(row, CodeColumn, new QTableWidgetItem(prompt.code));
        m_prompts->setItem(row, TitleEn, new QTableWidgetItem(prompt.title.en));
        m_prompts->setItem(row, TitleCy, new QTableWidgetItem(prompt.title.cy));
        m_prompts->setItem(row, GuidanceEn, new QTableWidgetItem(prompt.guidance.en));
        m_prompts->setItem(row, GuidanceCy, new QTableWidgetItem(prompt.guidance.cy));
    }
    // Rows grow to show their whole guidance once the columns have their widths.
    connect(m_prompts->horizontalHeader(), &QHeaderView::sectionResized, m_prompts,
            [this] { m_prompts->resizeRowsToContents(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_promptsLabel);
    layout->addWidget(m_prompts, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ModelEditorDialog::addPrompt);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_prompts->currentRow() >= 0)
            m_prompts->removeRow(m_prompts->currentRow());
    });
    retranslate();
    resize(900, 520);
}

void ModelEditorDialog::retranslate()
{
    setWindowTitle(m_original.code.isEmpty() ? tr("New reflective model") : tr("Edit reflective model"));
    m_nameEnLabel->setText(tr("Name in English:"));
    m_nameCyLabel->setText(tr("Name in Welsh:"));
    m_descEnLabel->setText(tr("Description in English:"));
    m_descCyLabel->setText(tr("Description in Welsh:"));
    m_promptsLabel->setText(
        tr("Prompts (each answer is kept under its code, so keep codes once reflections use them):"));
    m_prompts->setHorizontalHeaderLabels(
        {tr("Code"), tr("Title in English"), tr("Title in Welsh"), tr("Guidance in English"), tr("Guidance in Welsh")});
    m_add->setText(tr("&Add prompt"));
    m_remove->setText(tr("&Remove prompt"));
}

void ModelEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ModelEditorDialog::addPrompt()
{
    const int row = m_prompts->rowCount();
    m_prompts->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_prompts->setItem(row, column, new QTableWidgetItem);
    m_prompts->setCurrentCell(row, TitleEn);
    m_prompts->editItem(m_prompts->item(row, TitleEn));
}

ReflectiveModel ModelEditorDialog::model() const
{
    ReflectiveModel result = m_original;
    result.name = {m_nameEn->text().trimmed(), m_nameCy->text().trimmed()};
    result.description = {m_descEn->toPlainText().trimmed(), m_descCy->toPlainText().trimmed()};
    result.prompts.clear();
    QStringList used;
    for (int row = 0; row < m_prompts->rowCount(); ++row) {
        ModelPrompt prompt;
        prompt.code = cell(m_prompts, row, CodeColumn).toLower();
        if (prompt.code.isEmpty()) {
            int n = row + 1;
            do
                prompt.code = QStringLiteral("prompt_%1").arg(n++);
            while (used.contains(prompt.code));
        }
        used.append(prompt.code);
        if (const ModelPrompt* before = m_original.prompt(prompt.code)) {
            prompt.lookBack = before->lookBack;
            prompt.byScale = before->byScale;
        }
        prompt.title = {cell(m_prompts, row, TitleEn), cell(m_prompts, row, TitleCy)};
        prompt.guidance = {cell(m_prompts, row, GuidanceEn), cell(m_prompts, row, GuidanceCy)};
        if (prompt.title.isEmpty() && prompt.guidance.isEmpty() && cell(m_prompts, row, CodeColumn).isEmpty())
            continue; // a row added and left blank
        result.prompts.append(prompt);
    }
    return result;
}

void ModelEditorDialog::accept()
{
    ReflectiveModel edited = model();
    if (edited.code.isEmpty())
        edited.code = QStringLiteral("new_model"); // the catalog gives the real code
    if (const QString problem = ReflectiveModel::validate(edited); !problem.isEmpty()) {
        MessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace myfyrio
