#pragma once

#include "core/report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace myfyrio {

class Database;
struct ReportContent;

/// Chooses a report (kind, what it covers, its language and paper) and makes
/// it: saved as a PDF, printed, or shown in print preview. Including private
/// reflections is an explicit choice with a warning beside it. Before a report
/// meant to be shared is made, the confidentiality guard looks through it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(const Database& database, QWidget* parent = nullptr);

    /// The report the fields describe.
    ReportOptions options() const;
    void setKind(ReportKind kind);
    void setItemId(const QString& id);
    /// Offers the journal's current search as what a portfolio covers (and chooses it).
    void setCurrentSearch(const ReflectionFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateFields();
    void fillItems();
    bool build(ReportContent& content);
    /// The confidentiality guard on a report meant to be shared: false when the writer goes back to edit.
    bool guard(ReportContent& content, const ReportOptions& options);
    void savePdf();
    void print();
    void preview();

    const Database& m_database;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QComboBox* m_item;
    QCheckBox* m_limitDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_tag;
    QLineEdit* m_search;
    QComboBox* m_model;
    QComboBox* m_failureType;
    QLineEdit* m_owner;
    QSpinBox* m_year;
    QComboBox* m_language;
    QComboBox* m_paper;
    QComboBox* m_role; ///< the Social Care Wales role, for its CPD log
    QCheckBox* m_includePrivate;
    QLabel* m_privateWarning;
    QPushButton* m_save;
    QPushButton* m_print;
    QPushButton* m_preview;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels; ///< the form's row labels, in row order
    QLabel* m_selectionLabel;
    QComboBox* m_selection; ///< the fields below, or the current search
    ReflectionFilter m_currentSearch;
};

} // namespace myfyrio
