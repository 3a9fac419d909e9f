#pragma once

#include "core/supervision/agreementcontent.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace myfyrio {

/// Asks for the two parties' names and which of them keeps this journal.
class NewAgreementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAgreementDialog(QWidget* parent = nullptr);

    AgreementContent content() const;
    QString ownerRole() const;

public slots:
    void accept() override;

private:
    QLineEdit* m_supervisor;
    QLineEdit* m_supervisee;
    QComboBox* m_owner;
};

} // namespace myfyrio
