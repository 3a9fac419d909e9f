#include "app/journal/modelmanagerdialog.h"

#include "app/dialogs/messagebox.h"
#include "app/journal/modeleditordialog.h"
#include "core/i18n/translations.h"
#include "core/models/modelcatalog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace myfyrio {

namespace {
constexpr int codeRole = Qt::UserRole;
constexpr int builtInRole = Qt::UserRole + 1;
constexpr int descriptionRole = Qt::UserRole + 2;
} // namespace

ModelManagerDialog::ModelManagerDialog(const Database& database, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_intro(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_description(new QLabel(this)),
      m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_duplicate(new QPushButton(this)),
      m_delete(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("modelManager"));
    m_intro->setWordWrap(true);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setMinimumHeight(60);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setObjectName(QStringLiteral("modelList"));

    auto* side = new QVBoxLayout;
    side->addWidget(m_new);
    side->addWidget(m_edit);
    side->addWidget(m_duplicate);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_description);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ModelManagerDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (currentIsBuiltIn())
            duplicateModel();
        else
            editModel();
    });
    connect(m_new, &QPushButton::clicked, this, &ModelManagerDialog::createModel);
    connect(m_edit, &QPushButton::clicked, this, &ModelManagerDialog::editModel);
    connect(m_duplicate, &QPushButton::clicked, this, &ModelManagerDialog::duplicateModel);
    connect(m_delete, &QPushButton::clicked, this, &ModelManagerDialog::deleteModel);
    retranslate();
    reload();
    resize(620, 460);
}

void ModelManagerDialog::retranslate()
{
    setWindowTitle(tr("Reflective models"));
    m_intro->setText(tr("The built-in models cannot be changed, but you can duplicate one and change the copy. "
                        "Your own models are kept in this journal."));
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    reload(currentCode());
}

void ModelManagerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ModelManagerDialog::reload(const QString& selectCode)
{
    auto all = ModelCatalog(m_database).all();
    if (!all) {
        MessageBox::warning(this, tr("Reflective models"), all.error());
        return;
    }
    const QString language = Translations::current();
    m_list->clear();
    for (const ReflectiveModel& model : *all) {
        auto* item = new QListWidgetItem(
            //: %1 is the name of a reflective model.
            model.builtIn ? tr("%1 (built in)").arg(model.name.in(language)) : model.name.in(language), m_list);
        item->setData(codeRole, model.code);
        item->setData(builtInRole, model.builtIn);
        item->setData(descriptionRole, model.description.in(language));
    }
    if (!select(selectCode))
        m_list->setCurrentRow(0);
    updateButtons();
}

bool ModelManagerDialog::select(const QString& code)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(codeRole).toString() == code) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString ModelManagerDialog::currentCode() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(codeRole).toString() : QString();
}

bool ModelManagerDialog::currentIsBuiltIn() const
{
    return m_list->currentItem() && m_list->currentItem()->data(builtInRole).toBool();
}

void ModelManagerDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_edit->setEnabled(any && !currentIsBuiltIn());
    m_delete->setEnabled(any && !currentIsBuiltIn());
    m_duplicate->setEnabled(any);
    m_description->setText(any ? m_list->currentItem()->data(descriptionRole).toString() : QString());
}

void ModelManagerDialog::createModel()
{
    ReflectiveModel model;
    ModelEditorDialog editor(model, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto created = ModelCatalog(m_database).create(editor.model());
    if (!created) {
        MessageBox::warning(this, tr("Reflective models"), created.error());
        return;
    }
    reload(created->code);
}

void ModelManagerDialog::editModel()
{
    if (currentIsBuiltIn())
        return;
    auto found = ModelCatalog(m_database).find(currentCode());
    if (!found || !found->has_value())
        return;
    ModelEditorDialog editor(**found, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto updated = ModelCatalog(m_database).update(editor.model());
    if (!updated) {
        MessageBox::warning(this, tr("Reflective models"), updated.error());
        return;
    }
    reload(updated->code);
}

void ModelManagerDialog::duplicateModel()
{
    auto copy = ModelCatalog(m_database).duplicate(currentCode());
    if (!copy) {
        MessageBox::warning(this, tr("Reflective models"), copy.error());
        return;
    }
    reload(copy->code);
}

void ModelManagerDialog::deleteModel()
{
    if (currentIsBuiltIn() || !m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->text();
    //: %1 is the name of a reflective model.
    const QString question = tr("Delete the model “%1”? This cannot be undone.").arg(name);
    if (MessageBox::question(this, tr("Delete model"), question) != QMessageBox::Yes)
        return;
    if (auto removed = ModelCatalog(m_database).remove(currentCode()); !removed) {
        MessageBox::warning(this, tr("Delete model"), removed.error());
        return;
    }
    reload();
}

} // namespace myfyrio
