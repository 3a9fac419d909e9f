#pragma once

#include "core/privacy/confidentialityguard.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace myfyrio {

/// Shown before a report meant to be shared is saved or printed, when the
/// confidentiality guard found something in it that could identify someone.
/// Each finding is listed in context, once for each different text, with
/// what it will be replaced by. The writer can replace them (after editing
/// any replacement, or unticking a false alarm), share the report as it is
/// (the report then says so on its first page), or go back and edit.
class GuardDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Replace, ShareAnyway };

    /// A report can have its findings replaced; a file whose signed text must not change can only be shared or not.
    enum class Mode { ReplaceOrShare, ShareOnly };

    /// language: the report's ("en", "cy", "both"), for the placeholders.
    GuardDialog(const Findings& findings, const QString& language, QWidget* parent = nullptr,
                Mode mode = Mode::ReplaceOrShare);

    Choice choice() const { return m_choice; }
    /// What to replace, with the writer's own words where they changed them.
    Redaction redaction() const;
    /// How many findings stay in the report (all of them when sharing anyway).
    int leftIn() const;

    QTreeWidget* findingsTree() const { return m_tree; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* anywayButton() const { return m_anyway; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QString m_language;
    Mode m_mode;
    Findings m_findings;
    Choice m_choice = Choice::Cancel;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QLabel* m_help;
    QPushButton* m_replace;
    QPushButton* m_anyway;
    QPushButton* m_cancel;
};

} // namespace myfyrio
