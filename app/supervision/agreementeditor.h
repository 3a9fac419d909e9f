#pragma once

#include "core/supervision/agreement.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextEdit;
class QGroupBox;

namespace myfyrio {

class Database;

/// Edits an agreement's open draft: structured fields for parties, dates,
/// functions and practicalities, Markdown rich text for every section. When
/// the newest version is signed, the form shows it and saving a change starts
/// a new draft (the signed version stays frozen).
class AgreementEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementEditor(const Database& database, QWidget* parent = nullptr);

    void setAgreement(const Agreement& agreement);
    AgreementContent content() const;
    bool isModified() const;

public slots:
    /// Saves the form as the draft; on failure says why and keeps the text.
    bool save();

signals:
    void saved(const QString& agreementId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void updateState();
    void setContent(const AgreementContent& content);

    const Database& m_database;
    Agreement m_agreement;
    AgreementContent m_loaded;
    AgreementContent m_source;               ///< the stored content the form was filled from
    QHash<QString, QString> m_shownMarkdown; ///< each section's text as the editor rendered it on loading

    QLabel* m_state;
    QPushButton* m_save;
    QHash<QString, QGroupBox*> m_boxes;
    QHash<QString, QLabel*> m_help;
    QHash<QString, QTextEdit*> m_texts;
    QHash<QString, QLabel*> m_labels;
    QLineEdit* m_supervisorName;
    QLineEdit* m_supervisorRole;
    QLineEdit* m_superviseeName;
    QLineEdit* m_superviseeRole;
    QDateEdit* m_start;
    QDateEdit* m_review;
    QHash<QString, QCheckBox*> m_functions;
    QSpinBox* m_frequency;
    QSpinBox* m_length;
    QComboBox* m_format;
};

} // namespace myfyrio
