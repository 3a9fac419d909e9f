#include "app/journal/guidedanswerspanel.h"

#include "app/journal/modelmanagerdialog.h"
#include "app/journal/tabkeys.h"
#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/models/modelcatalog.h"
#include "core/revisit/annualreviewlookback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

QPlainTextEdit* newAnswerEdit(const QString& code, const QString& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("answer-") + code);
    TabKeys::install(edit);
    edit->setPlainText(text);
    edit->setMinimumHeight(70);
    edit->setMaximumHeight(120);
    return edit;
}

QLabel* newGuidance(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GuidedAnswersPanel::GuidedAnswersPanel(const Database& database, QWidget* parent)
    : ReflectionPanel(parent),
      m_database(database),
      m_heading(new QLabel(this)),
      m_modelLabel(new QLabel(this)),
      m_model(new QComboBox(this)),
      m_manage(new QPushButton(this)),
      m_scaleLabel(new QLabel(this)),
      m_scale(new QComboBox(this)),
      m_dontResurface(new QCheckBox(this)),
      m_description(newGuidance(this)),
      m_sections(new QWidget),
      m_sectionsLayout(new QVBoxLayout(m_sections))
{
    setObjectName(QStringLiteral("guidedAnswersPanel"));
    m_model->setObjectName(QStringLiteral("modelChooser"));
    m_scale->setObjectName(QStringLiteral("scaleChooser"));
    m_modelLabel->setBuddy(m_model);
    m_scaleLabel->setBuddy(m_scale);
    // Long model names (your own, in Welsh) must not make the editor wider than the
    // window: the choosers shrink and elide rather than scroll sideways.
    for (QComboBox* combo : {m_model, m_scale}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    auto* choosers = new QGridLayout;
    choosers->setHorizontalSpacing(10);
    choosers->addWidget(m_modelLabel, 0, 0);
    choosers->addWidget(m_model, 0, 1);
    choosers->addWidget(m_manage, 0, 2);
    choosers->addWidget(m_scaleLabel, 1, 0);
    choosers->addWidget(m_scale, 1, 1);
    choosers->addWidget(m_dontResurface, 2, 1, 1, 2);
    choosers->setColumnStretch(1, 1);

    // The editor scrolls as a whole, so the sections simply follow one another.
    m_sections->setParent(this);
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionsLayout->setSpacing(6);

    // A heading like the other sections of the editor (Learning from failure, Actions).
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(choosers);
    layout->addWidget(m_description);
    layout->addWidget(m_sections);

    connect(m_model, &QComboBox::currentIndexChanged, this, &GuidedAnswersPanel::onModelChosen);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &GuidedAnswersPanel::onScaleChosen);
    connect(m_dontResurface, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_manage, &QPushButton::clicked, this, &GuidedAnswersPanel::manageModels);

    retranslate();
    reloadModels();
    rebuildSections();
}

void GuidedAnswersPanel::retranslate()
{
    m_heading->setText(tr("Guided writing"));
    m_modelLabel->setText(tr("Reflective &model:"));
    m_manage->setText(tr("Manage models…"));
    m_scaleLabel->setText(tr("System s&cale:"));
    m_dontResurface->setText(tr("Don't resurface this reflection"));
    m_dontResurface->setToolTip(tr("It will not appear in “On this day” or beside next year's annual review."));
    m_model->setAccessibleDescription(tr("The model whose prompts guide this reflection. No answer is lost when "
                                         "you change it."));
    m_manage->setAccessibleDescription(tr("Create, edit, copy and delete your own reflective models."));
    m_scale->setAccessibleDescription(tr("The scale of the system the reflection is about; the prompts change "
                                         "with it."));
    const QSignalBlocker blocker(m_scale);
    const QString scale = m_scale->currentData().toString();
    m_scale->clear();
    m_scale->addItem(tr("None chosen"), QString());
    for (const QString& code : SystemScale::codes())
        m_scale->addItem(SystemScale::label(code), code);
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(scale)));
}

void GuidedAnswersPanel::reloadModels()
{
    auto all = ModelCatalog(m_database).all();
    m_models = all ? std::move(all).value() : ModelCatalog::builtIns();
    const QString language = Translations::current();
    const QString current = m_current.code.isEmpty() ? ReflectiveModel::freeWritingCode() : m_current.code;
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const ReflectiveModel& model : m_models)
        //: %1 is the name of a reflective model.
        m_model->addItem(model.builtIn ? model.name.in(language) : tr("%1 (your own)").arg(model.name.in(language)),
                         model.code);
    m_model->setCurrentIndex(qMax(0, m_model->findData(current)));
    for (const ReflectiveModel& model : m_models) {
        if (model.code == current)
            m_current = model;
    }
}

QString GuidedAnswersPanel::currentModelCode() const
{
    return m_model->currentData().toString();
}

QPlainTextEdit* GuidedAnswersPanel::answerEdit(const QString& promptCode) const
{
    return m_edits.value(promptCode, nullptr);
}

void GuidedAnswersPanel::collectAnswers()
{
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString text = it.value()->toPlainText();
        if (text.isEmpty())
            m_answers.remove(it.key());
        else
            m_answers.insert(it.key(), text);
    }
}

QString GuidedAnswersPanel::promptTitleAnywhere(const QString& code) const
{
    const QString language = Translations::current();
    for (const ReflectiveModel& model : m_models) {
        if (const ModelPrompt* prompt = model.prompt(code))
            return prompt->title.in(language);
    }
    return code;
}

void GuidedAnswersPanel::rebuildSections()
{
    // Everything in the sections is rebuilt; the answers live in m_answers meanwhile.
    m_edits.clear();
    m_promptLabels.clear();
    while (QLayoutItem* item = m_sectionsLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const QString language = Translations::current();
    m_description->setText(m_current.description.in(language));
    m_description->setVisible(!m_current.description.isEmpty());

    std::optional<AnnualReviewLookBack::Previous> previous;
    if (m_current.hasLookBack() && m_loaded.isStored()) {
        Reflection probe = m_loaded;
        probe.model = m_current.code;
        if (auto found = AnnualReviewLookBack(m_database).find(probe))
            previous = *found;
    }

    // The answers are made after the rest of the editor: Tab must still reach
    // them in the order they are shown, before the panels below.
    QVector<QWidget*> tabStops;
    for (const ModelPrompt& prompt : m_current.prompts) {
        auto* section = new QWidget(m_sections);
        auto* grid = new QGridLayout(section);
        grid->setContentsMargins(0, 6, 0, 0);
        auto* title = new QLabel(section);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        auto* guidance = newGuidance(section);
        QPlainTextEdit* edit = newAnswerEdit(prompt.code, m_answers.value(prompt.code), section);
        tabStops.append(edit);
        title->setBuddy(edit);
        grid->addWidget(title, 0, 0, 1, 2);
        grid->addWidget(guidance, 1, 0, 1, 2);
        if (prompt.lookBack && previous && previous->answers.contains(prompt.code)) {
            auto* now = new QGroupBox(tr("This time"), section);
            auto* nowLayout = new QVBoxLayout(now);
            edit->setParent(now);
            nowLayout->addWidget(edit);
            grid->addWidget(now, 2, 0);
            //: %1 is a date.
            auto* box = new QGroupBox(tr("Last time (%1)").arg(QLocale().toString(previous->date, QLocale::LongFormat)),
                                      section);
            auto* boxLayout = new QVBoxLayout(box);
            auto* last = new QPlainTextEdit(previous->answers.value(prompt.code), box);
            last->setObjectName(QStringLiteral("lookBack-") + prompt.code);
            last->setReadOnly(true);
            last->setMaximumHeight(120);
            tabStops.append(last);
            boxLayout->addWidget(last);
            grid->addWidget(box, 2, 1);
            grid->setColumnStretch(0, 1);
            grid->setColumnStretch(1, 1);
        } else {
            grid->addWidget(edit, 2, 0, 1, 2);
        }
        m_sectionsLayout->addWidget(section);
        m_edits.insert(prompt.code, edit);
        attachText(edit);
        m_promptLabels.insert(prompt.code, {title, guidance});
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }

    QStringList others;
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it) {
        if (!m_current.prompt(it.key()))
            others.append(it.key());
    }
    if (!others.isEmpty()) {
        m_other = new QGroupBox(tr("Other answers"), m_sections);
        m_other->setObjectName(QStringLiteral("otherAnswers"));
        auto* otherLayout = new QVBoxLayout(m_other);
        auto* note = newGuidance(m_other);
        note->setText(tr("These answers belong to questions the chosen model does not ask. They are kept with the "
                         "reflection; empty one to remove it."));
        otherLayout->addWidget(note);
        for (const QString& code : others) {
            auto* title = new QLabel(promptTitleAnywhere(code), m_other);
            title->setWordWrap(true);
            QPlainTextEdit* edit = newAnswerEdit(code, m_answers.value(code), m_other);
            tabStops.append(edit);
            title->setBuddy(edit);
            otherLayout->addWidget(title);
            otherLayout->addWidget(edit);
            m_edits.insert(code, edit);
            attachText(edit);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_loading)
                    emit changed();
            });
        }
        m_sectionsLayout->addWidget(m_other);
    }
    QWidget* previousStop = m_dontResurface;
    for (QWidget* stop : std::as_const(tabStops)) {
        setTabOrder(previousStop, stop);
        previousStop = stop;
    }
    m_sections->setVisible(!m_edits.isEmpty());
    updatePromptTexts();
}

void GuidedAnswersPanel::updatePromptTexts()
{
    const QString language = Translations::current();
    const QString scale = m_scale->currentData().toString();
    for (const ModelPrompt& prompt : m_current.prompts) {
        const auto labels = m_promptLabels.value(prompt.code);
        if (!labels.first)
            continue;
        labels.first->setText(prompt.titleAt(scale).in(language));
        labels.second->setText(prompt.guidanceAt(scale).in(language));
        m_edits.value(prompt.code)->setAccessibleName(prompt.titleAt(scale).in(language));
        m_edits.value(prompt.code)->setAccessibleDescription(prompt.guidanceAt(scale).in(language));
    }
}

void GuidedAnswersPanel::onModelChosen()
{
    collectAnswers();
    const QString code = currentModelCode();
    for (const ReflectiveModel& model : m_models) {
        if (model.code == code)
            m_current = model;
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    rebuildSections();
    m_loading = wasLoading;
    if (!m_loading)
        emit changed();
}

void GuidedAnswersPanel::onScaleChosen()
{
    updatePromptTexts();
    if (!m_loading)
        emit changed();
}

void GuidedAnswersPanel::manageModels()
{
    ModelManagerDialog dialog(m_database, this);
    dialog.exec();
    collectAnswers();
    const bool wasLoading = m_loading;
    m_loading = true;
    reloadModels();
    rebuildSections();
    m_loading = wasLoading;
}

void GuidedAnswersPanel::load(const Reflection& reflection)
{
    m_loading = true;
    m_loaded = reflection;
    m_answers = reflection.answers;
    m_edits.clear();
    m_current = {};
    m_current.code = reflection.model.isEmpty() ? ReflectiveModel::freeWritingCode() : reflection.model;
    reloadModels();
    {
        const QSignalBlocker blocker(m_scale);
        m_scale->setCurrentIndex(qMax(0, m_scale->findData(reflection.scale)));
    }
    m_dontResurface->setChecked(reflection.dontResurface);
    rebuildSections();
    m_loading = false;
}

void GuidedAnswersPanel::store(Reflection& reflection) const
{
    QMap<QString, QString> answers = m_answers;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString text = it.value()->toPlainText();
        if (text.isEmpty())
            answers.remove(it.key());
        else
            answers.insert(it.key(), text);
    }
    reflection.answers = answers;
    reflection.model = m_current.code.isEmpty() ? ReflectiveModel::freeWritingCode() : m_current.code;
    reflection.scale = m_scale->currentData().toString();
    reflection.dontResurface = m_dontResurface->isChecked();
}

void GuidedAnswersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasLoading = m_loading;
        m_loading = true;
        retranslate();
        collectAnswers();
        reloadModels();
        rebuildSections();
        m_loading = wasLoading;
    }
    ReflectionPanel::changeEvent(event);
}

} // namespace myfyrio
