#pragma once

#include "core/supervision/agreement.h"

#include <QDialog>
#include <QVector>

class QButtonGroup;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace myfyrio {

class Database;

/// Two people at one screen walk the draft's thirteen sections one at a time,
/// marking each "agreed" or "to discuss" with a note. Signing is offered only
/// when every section is agreed: then each party types their full name and the
/// version is signed and frozen.
class ReviewTogetherDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mark { Open, Agreed, ToDiscuss };

    ReviewTogetherDialog(const Database& database, const Agreement& agreement, QWidget* parent = nullptr);

    int currentSection() const { return m_current; }
    void showSection(int index);
    void mark(int index, Mark mark, const QString& note = {});
    Mark markOf(int index) const { return m_marks.value(index); }
    bool allAgreed() const;
    /// The notes of the sections marked to discuss, for the record ("Section: note").
    QStringList notesToDiscuss() const;

    /// Where the review stands, to carry on later with the same draft.
    struct Progress {
        QVector<Mark> marks;
        QStringList notes;
    };
    Progress progress() const { return Progress{m_marks, m_notes}; }
    void restore(const Progress& progress);

    QPushButton* signButton() const { return m_sign; }
    QLineEdit* nameField(const QString& party) const;
    /// The fingerprint after signing, or empty.
    QString fingerprint() const { return m_fingerprint; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshList();
    void refreshSigning();
    void storeCurrentNote();
    void signNow();

    const Database& m_database;
    Agreement m_agreement;
    QStringList m_codes;
    QVector<Mark> m_marks;
    QStringList m_notes;
    int m_current = 0;
    QString m_fingerprint;

    QListWidget* m_list;
    QLabel* m_position;
    QLabel* m_title;
    QLabel* m_help;
    QTextBrowser* m_text;
    QRadioButton* m_agreed;
    QRadioButton* m_toDiscuss;
    QButtonGroup* m_marksGroup;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QPushButton* m_previous;
    QPushButton* m_next;
    QGroupBox* m_signing;
    QLabel* m_signingState;
    QLabel* m_supervisorLabel;
    QLineEdit* m_supervisorName;
    QLabel* m_superviseeLabel;
    QLineEdit* m_superviseeName;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QPushButton* m_sign;
    QPushButton* m_close;
};

} // namespace myfyrio
