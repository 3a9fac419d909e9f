#pragma once

#include "app/spelling/checkedtexts.h"
#include "core/journal/reflection.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

namespace myfyrio {

/// A part of the reflection editor that a feature adds (a reflective model's
/// questions, actions, a failure placement, …).
///
/// Add one with ReflectionEditor::addPanel(). The editor calls load() whenever
/// it shows a reflection (with signals of the editor blocked, so loading is not
/// a change) and store() when it saves, on a copy that the editor has already
/// filled with its own fields; store() writes only the panel's part. Emit
/// changed() whenever the user edits something, and the autosaver saves about
/// a second later. Handle QEvent::LanguageChange in changeEvent() to retranslate.
///
/// A panel whose part lives in a table of its own saves it through
/// ReflectionStore (saveParts/loadParts), so that the Reflection struct stays
/// the one thing the editor loads and saves.
class ReflectionPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void load(const Reflection& reflection) = 0;
    virtual void store(Reflection& reflection) const = 0;

    /// Set by the editor: the panel's text boxes are spell-checked and search-marked through it.
    void setCheckedTexts(CheckedTexts* texts)
    {
        m_texts = texts;
        for (const QPointer<QPlainTextEdit>& edit : std::as_const(m_unattached)) {
            if (edit)
                texts->attach(edit);
        }
        m_unattached.clear();
    }

signals:
    void changed();

protected:
    /// Call for every text box the panel makes that the writer types into, so
    /// that its spelling is checked in the reflection's language and the search is marked.
    void attachText(QPlainTextEdit* edit)
    {
        if (m_texts)
            m_texts->attach(edit);
        else
            m_unattached.append(edit);
    }

private:
    QPointer<CheckedTexts> m_texts;
    QVector<QPointer<QPlainTextEdit>> m_unattached;
};

} // namespace myfyrio
