#pragma once

#include "core/journal/reflection.h"

#include <QWidget>

class QComboBox;

namespace myfyrio {

/// Two lists that narrow a journal list to one reason for failure and/or one
/// type: "All reasons" / "All types" by default.
class FailureFilterBox : public QWidget
{
    Q_OBJECT

public:
    explicit FailureFilterBox(QWidget* parent = nullptr);

    /// Sets the failure members of a filter from the choices.
    void applyTo(ReflectionFilter& filter) const;
    QString reasonCode() const;
    QString typeCode() const;

    QComboBox* reasonBox() const { return m_reason; }
    QComboBox* typeBox() const { return m_type; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QComboBox* m_reason;
    QComboBox* m_type;
};

} // namespace myfyrio
