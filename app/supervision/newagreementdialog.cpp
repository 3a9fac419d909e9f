#include "app/supervision/newagreementdialog.h"

#include "app/dialogs/messagebox.h"
#include "core/supervision/sectioncatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace myfyrio {

NewAgreementDialog::NewAgreementDialog(QWidget* parent)
    : QDialog(parent),
      m_supervisor(new QLineEdit(this)),
      m_supervisee(new QLineEdit(this)),
      m_owner(new QComboBox(this))
{
    setWindowTitle(tr("New supervision agreement"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("The agreement starts as a draft. You can fill in its sections, review it together "
                                "and sign it when you are both ready."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Supervisor's full name:"), m_supervisor);
    form->addRow(tr("Supervisee's full name:"), m_supervisee);
    m_owner->addItem(tr("The supervisee"), SectionCatalog::supervisee());
    m_owner->addItem(tr("The supervisor"), SectionCatalog::supervisor());
    form->addRow(tr("This journal is kept by:"), m_owner);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

AgreementContent NewAgreementDialog::content() const
{
    AgreementContent c;
    c.supervisorName = m_supervisor->text().simplified();
    c.superviseeName = m_supervisee->text().simplified();
    c.startDate = QDate::currentDate();
    c.reviewDate = c.startDate.addMonths(3);
    return c;
}

QString NewAgreementDialog::ownerRole() const
{
    return m_owner->currentData().toString();
}

void NewAgreementDialog::accept()
{
    if (const QString problem = content().validate(); !problem.isEmpty()) {
        MessageBox::warning(this, tr("New supervision agreement"), problem);
        return;
    }
    QDialog::accept();
}

} // namespace myfyrio
