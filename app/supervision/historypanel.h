#pragma once

#include "core/supervision/agreement.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QTextBrowser;
class QTreeWidget;

namespace myfyrio {

/// Every version of an agreement (status, signatures, fingerprint, where it
/// came from), and a comparison of any two of them, section by section, inline
/// or side by side, with the changed words marked.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void setAgreement(const Agreement& agreement);
    /// Chooses the two versions to compare by number.
    void compare(int before, int after);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillVersions();
    void refreshComparison();
    QString versionTitle(const AgreementVersion& version) const;

    Agreement m_agreement;
    QLabel* m_versionsLabel;
    QTreeWidget* m_versions;
    QLabel* m_compareLabel;
    QComboBox* m_before;
    QLabel* m_withLabel;
    QComboBox* m_after;
    QRadioButton* m_inline;
    QRadioButton* m_sideBySide;
    QCheckBox* m_changedOnly;
    QTextBrowser* m_result;
};

} // namespace myfyrio
