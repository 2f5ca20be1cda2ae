// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemarketingpage.h"

#include "calllistoverview.h"
#include "newcalllistdialog.h"

#include "forms/fieldeditor.h"
#include "util/dialogs.h"
#include "util/icons.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/background.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace trato {

namespace {

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString optionLabel(Database &db, const char *entity, const char *field, const QString &value)
{
    const Entity *e = db.registry()->entity(QString::fromLatin1(entity));
    const Field *f = e ? e->field(QString::fromLatin1(field)) : nullptr;
    return f && !value.isEmpty() ? f->optionLabel(value) : value;
}

QLabel *valueLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

struct Loaded
{
    QString listId;
    int serial = 0;
    QString error;
    CallListProgress progress;
    QList<CallListEntry> queue;
    CallStats stats;
};

} // namespace

TelemarketingPage::TelemarketingPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("telemarketingPage"));
    setWindowTitle(tr("Telemarketing"));
    setWindowIcon(Icons::entity(QStringLiteral("call_list"), tr("Telemarketing")));

    // Top: which list, how far along.
    m_lists = new QComboBox;
    m_lists->setObjectName(QStringLiteral("callListPicker"));
    m_lists->setAccessibleName(tr("Call list"));
    m_lists->setMinimumContentsLength(24);
    m_lists->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *listLabel = new QLabel(tr("Call &list:"));
    listLabel->setBuddy(m_lists);
    auto *newList = new QPushButton(tr("New call list…"));
    newList->setObjectName(QStringLiteral("newCallListButton"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("callListProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progressLabel = valueLabel(QStringLiteral("progressText"));
    m_report = valueLabel(QStringLiteral("buildReport"));
    m_report->setWordWrap(true);
    m_report->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_report->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_lists);
    top->addWidget(newList);
    top->addSpacing(16);
    top->addWidget(m_progress);
    top->addWidget(m_progressLabel);
    top->addStretch(1);

    // The person to call.
    auto *card = new QGroupBox(tr("Now calling"));
    card->setObjectName(QStringLiteral("personCard"));
    m_name = valueLabel(QStringLiteral("personName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_phone = valueLabel(QStringLiteral("personPhone"));
    QFont phoneFont = m_phone->font();
    phoneFont.setPointSizeF(phoneFont.pointSizeF() * 1.2);
    m_phone->setFont(phoneFont);
    m_company = valueLabel(QStringLiteral("personCompany"));
    m_bestTime = valueLabel(QStringLiteral("personBestTime"));
    m_lastOutcome = valueLabel(QStringLiteral("personLastOutcome"));
    m_attempts = valueLabel(QStringLiteral("personAttempts"));
    m_openButton = new QPushButton(tr("Open record"));
    m_openButton->setObjectName(QStringLiteral("openPersonButton"));
    m_skipButton = new QPushButton(tr("Skip"));
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setToolTip(tr("Take this person out of the list without calling"));
    m_timerLabel = valueLabel(QStringLiteral("callTimer"));
    m_timerLabel->setFont(phoneFont);
    m_timerLabel->setText(clock(0));
    m_timerLabel->setAccessibleName(tr("Call time"));
    m_timerButton = new QPushButton(tr("Stop timer"));
    m_timerButton->setObjectName(QStringLiteral("timerButton"));
    auto *cardGrid = new QGridLayout(card);
    cardGrid->addWidget(m_name, 0, 0, 1, 2);
    cardGrid->addWidget(m_openButton, 0, 2);
    cardGrid->addWidget(m_phone, 1, 0, 1, 2);
    cardGrid->addWidget(m_skipButton, 1, 2);
    auto *details = new QFormLayout;
    details->addRow(tr("Company:"), m_company);
    details->addRow(tr("Best time to call:"), m_bestTime);
    details->addRow(tr("Last outcome:"), m_lastOutcome);
    details->addRow(tr("Attempts:"), m_attempts);
    cardGrid->addLayout(details, 2, 0, 1, 2);
    auto *timerBox = new QVBoxLayout;
    timerBox->addWidget(m_timerLabel, 0, Qt::AlignHCenter);
    timerBox->addWidget(m_timerButton);
    timerBox->addStretch(1);
    cardGrid->addLayout(timerBox, 2, 2);
    cardGrid->setColumnStretch(1, 1);

    // What to say and what to find out.
    auto *scriptBox = new QGroupBox(tr("Script"));
    m_script = new QTextBrowser;
    m_script->setObjectName(QStringLiteral("scriptView"));
    m_script->setMinimumHeight(90);
    QFont readable = m_script->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.15);
    m_script->setFont(readable);
    m_scriptWarning = valueLabel(QStringLiteral("scriptWarning"));
    m_scriptWarning->setWordWrap(true);
    m_scriptWarning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    auto *scriptLayout = new QVBoxLayout(scriptBox);
    scriptLayout->addWidget(m_script);
    scriptLayout->addWidget(m_scriptWarning);
    auto *questionsGroup = new QGroupBox(tr("Questions"));
    m_questionsBox = new QWidget;
    m_questions = new QFormLayout(m_questionsBox);
    m_questions->setContentsMargins(0, 0, 0, 0);
    m_questionsError = valueLabel(QStringLiteral("questionsError"));
    m_questionsError->setWordWrap(true);
    m_questionsError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));
    m_notes->setPlaceholderText(tr("Notes on the call"));
    m_notes->setAccessibleName(tr("Notes on the call"));
    m_notes->setMaximumHeight(70);
    auto *questionsLayout = new QVBoxLayout(questionsGroup);
    questionsLayout->addWidget(m_questionsBox);
    questionsLayout->addWidget(m_questionsError);
    questionsLayout->addWidget(m_notes);

    // The outcome buttons, Alt+1 to Alt+7.
    auto *outcomes = new QGroupBox(tr("Outcome"));
    auto *outcomeLayout = new QGridLayout(outcomes);
    const QList<QPair<QString, QString>> buttons = {
        {QStringLiteral("no_answer"), tr("No answer")},   {QStringLiteral("busy"), tr("Busy")},
        {QStringLiteral("wrong_number"), tr("Wrong number")}, {QStringLiteral("call_back"), tr("Call back at…")},
        {QStringLiteral("interested"), tr("Interested")}, {QStringLiteral("not_interested"), tr("Not interested")},
        {QStringLiteral("sale"), tr("Sale")}};
    for (int i = 0; i < buttons.size(); ++i) {
        auto *b = new QPushButton(buttons.at(i).second);
        b->setObjectName(QStringLiteral("outcome_") + buttons.at(i).first);
        const QKeySequence key(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + i)));
        b->setShortcut(key);
        b->setToolTip(tr("%1 (%2)").arg(buttons.at(i).second, key.toString(QKeySequence::NativeText)));
        b->setMinimumHeight(32);
        const QString outcome = buttons.at(i).first;
        if (outcome == QLatin1String("call_back"))
            connect(b, &QPushButton::clicked, this, &TelemarketingPage::callBackAt);
        else
            connect(b, &QPushButton::clicked, this, [this, outcome] { logOutcome(outcome); });
        m_outcomeButtons.insert(outcome, b);
        outcomeLayout->addWidget(b, i / 4, i % 4);
    }

    // Right: the queue and the figures.
    m_overview = new CallListOverview(m_db);

    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(card);
    mainLayout->addWidget(scriptBox, 2);
    mainLayout->addWidget(questionsGroup, 1);
    mainLayout->addWidget(outcomes);
    auto *splitter = new QSplitter;
    splitter->addWidget(main);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_report);
    layout->addWidget(splitter, 1);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TelemarketingPage::updateTimer);
    connect(m_timerButton, &QPushButton::clicked, this, &TelemarketingPage::toggleTimer);
    connect(newList, &QPushButton::clicked, this, &TelemarketingPage::newCallList);
    connect(m_overview, &CallListOverview::optionsChanged, this, &TelemarketingPage::refresh);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_entry)
            Q_EMIT openRecord(m_entry->entity, m_entry->recordId);
    });
    connect(m_skipButton, &QPushButton::clicked, this, [this] {
        if (!m_entry)
            return;
        if (Status s = CallListService(m_db).skip(m_entry->id); !s) {
            Dialogs::error(this, tr("Skip"), s.error().message);
            return;
        }
        takeNext();
        refresh();
    });
    connect(m_lists, &QComboBox::currentIndexChanged, this, [this] { selectList(m_lists->currentData().toString()); });
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("call_list"))
            reloadLists(m_listId);
    });
    reloadLists();
}

TelemarketingPage::~TelemarketingPage() = default;

void TelemarketingPage::reloadLists(const QString &select)
{
    ListQuery q;
    q.entity = QStringLiteral("call_list");
    q.columns = {QStringLiteral("name")};
    q.sortField = QStringLiteral("name");
    auto lists = RecordStore(m_db).list(q);
    const QSignalBlocker block(m_lists);
    m_lists->clear();
    if (lists)
        for (const Record &r : lists.value())
            m_lists->addItem(r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("id")));
    int index = select.isEmpty() ? 0 : m_lists->findData(select);
    if (index < 0)
        index = 0;
    m_lists->setCurrentIndex(m_lists->count() > 0 ? index : -1);
    const QString id = m_lists->currentData().toString();
    if (id != m_listId || m_lists->count() == 0)
        selectList(id);
}

void TelemarketingPage::selectList(const QString &listId)
{
    if (listId != m_listId)
        releaseHeld();
    m_listId = listId;
    if (m_lists->currentData().toString() != listId) {
        const QSignalBlocker block(m_lists);
        m_lists->setCurrentIndex(m_lists->findData(listId));
    }
    m_scriptBody.clear();
    m_scriptQuestions.clear();
    if (!listId.isEmpty()) {
        RecordStore store(m_db);
        auto list = store.get(QStringLiteral("call_list"), listId);
        const QString scriptId = list ? list.value().value(QStringLiteral("script")).toString() : QString();
        if (!scriptId.isEmpty())
            if (auto script = store.get(QStringLiteral("call_script"), scriptId); script.ok()) {
                m_scriptBody = script.value().value(QStringLiteral("body")).toString();
                m_scriptQuestions = script.value().value(QStringLiteral("questions")).toString();
            }
    }
    // Nobody is handed a person before they look at the page (the main window builds every page at
    // start, and a claim keeps other operators away from that person).
    if (!isVisible()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;
    takeNext();
    refresh();
}

void TelemarketingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_deferred) {
        m_deferred = false;
        takeNext();
        refresh();
    }
}

void TelemarketingPage::releaseHeld()
{
    if (m_entry)
        CallListService(m_db).release(m_entry->id);
    m_entry.reset();
}

void TelemarketingPage::takeNext()
{
    m_entry.reset();
    if (!m_listId.isEmpty()) {
        auto next = CallListService(m_db).next(m_listId, m_db.user(), now());
        if (!next)
            Dialogs::error(this, tr("Telemarketing"), next.error().message);
        else
            m_entry = next.value();
    }
    showEntry();
}

void TelemarketingPage::showEntry()
{
    for (FieldEditor *e : std::as_const(m_editors))
        e->deleteLater();
    m_editors.clear();
    while (m_questions->rowCount() > 0)
        m_questions->removeRow(0);
    m_notes->clear();
    m_questionsError->clear();
    m_scriptWarning->clear();
    const bool has = m_entry.has_value();
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(has);
    m_openButton->setEnabled(has);
    m_skipButton->setEnabled(has);
    m_timerButton->setEnabled(has);
    m_notes->setEnabled(has);
    if (!has) {
        m_name->setText(m_listId.isEmpty() ? tr("No call list yet: create one with New call list…")
                                           : tr("Nobody left to call in this list right now."));
        for (QLabel *l : {m_phone, m_company, m_bestTime, m_lastOutcome, m_attempts})
            l->clear();
        m_script->clear();
        m_tick->stop();
        m_stoppedMs = 0;
        m_timerLabel->setText(clock(0));
        return;
    }
    const CallListEntry &e = *m_entry;
    m_name->setText(e.name);
    m_phone->setText(e.phone);
    m_company->setText(e.company.isEmpty() ? tr("—") : e.company);
    m_bestTime->setText(e.bestTime.isEmpty() ? tr("—") : optionLabel(m_db, "contact", "best_time", e.bestTime));
    m_lastOutcome->setText(e.lastOutcome.isEmpty() ? tr("not called yet") : optionLabel(m_db, "call_list_entry", "last_outcome", e.lastOutcome)
                                                                                + (e.callbackAt.isValid() ? tr(" (call back %1)").arg(QLocale().toString(e.callbackAt.toLocalTime(), QLocale::ShortFormat)) : QString()));
    m_attempts->setText(QString::number(e.attempts));

    const Entity *entity = m_db.registry()->entity(e.entity);
    auto record = RecordStore(m_db).get(e.entity, e.recordId);
    if (entity && record) {
        if (m_scriptBody.isEmpty()) {
            m_script->setPlainText(tr("This list has no script."));
        } else {
            const RenderedScript r = CallScript::render(m_scriptBody, *entity, record.value(), m_db.user());
            m_script->setPlainText(r.text);
            if (!r.unknownFields.isEmpty())
                m_scriptWarning->setText(tr("Not merge fields, left as written: %1").arg(r.unknownFields.join(QStringLiteral(", "))));
        }
        auto questions = CallScript::parseQuestions(*entity, m_scriptQuestions);
        if (!questions) {
            m_questionsError->setText(questions.error().message);
        } else {
            for (const ScriptQuestion &q : questions.value()) {
                FieldEditor *editor = FieldEditor::create(m_db, e.entity, *entity->field(q.field), m_questionsBox);
                editor->setObjectName(QStringLiteral("question_") + q.field);
                editor->setValue(record.value().value(q.field));
                auto *label = new QLabel(q.question);
                label->setWordWrap(true);
                label->setBuddy(editor);
                m_questions->addRow(label, editor);
                m_editors << editor;
            }
        }
    }
    // The timer starts when the person is shown.
    m_elapsed.start();
    m_stoppedMs = -1;
    m_timerLabel->setText(clock(0));
    m_timerButton->setText(tr("Stop timer"));
    m_tick->start();
}

FieldEditor *TelemarketingPage::questionEditor(const QString &field) const
{
    for (FieldEditor *e : m_editors)
        if (e->fieldName() == field)
            return e;
    return nullptr;
}

QString TelemarketingPage::scriptText() const
{
    return m_script->toPlainText();
}

QString TelemarketingPage::progressText() const
{
    return m_progressLabel->text();
}

QString TelemarketingPage::reportText() const
{
    return m_report->text();
}

int TelemarketingPage::elapsedSeconds() const
{
    if (m_stoppedMs >= 0)
        return int(m_stoppedMs / 1000);
    return m_elapsed.isValid() ? int(m_elapsed.elapsed() / 1000) : 0;
}

void TelemarketingPage::toggleTimer()
{
    if (m_stoppedMs < 0) {
        m_stoppedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        m_tick->stop();
        m_timerButton->setText(tr("Start timer"));
    } else {
        m_elapsed.start();
        m_stoppedMs = -1;
        m_tick->start();
        m_timerButton->setText(tr("Stop timer"));
    }
    updateTimer();
}

void TelemarketingPage::updateTimer()
{
    m_timerLabel->setText(clock(elapsedSeconds()));
}

void TelemarketingPage::callBackAt()
{
    if (!m_entry)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("callBackDialog"));
    dialog.setWindowTitle(tr("Call back at"));
    auto *when = new QDateTimeEdit(now().toLocalTime().addSecs(3600));
    when->setObjectName(QStringLiteral("callBackAt"));
    when->setCalendarPopup(true);
    when->setMinimumDateTime(now().toLocalTime());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("Call %1 back at:").arg(m_entry->name), when);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        logOutcome(QStringLiteral("call_back"), when->dateTime().toUTC());
}

bool TelemarketingPage::logOutcome(const QString &outcome, const QDateTime &callbackAt)
{
    if (!m_entry)
        return false;
    CallLog log;
    log.entryId = m_entry->id;
    log.outcome = outcome;
    log.notes = m_notes->toPlainText();
    log.callbackAt = callbackAt;
    log.durationSeconds = elapsedSeconds();
    log.operatorName = m_db.user();
    log.now = now();
    // Only what the operator changed is written back.
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!e->isDirty())
            continue;
        auto v = e->value();
        if (!v) {
            e->setError(v.error().message);
            Dialogs::error(this, tr("Log call"), v.error().message);
            return false;
        }
        log.answers.insert(e->fieldName(), v.value());
    }
    auto result = CallListService(m_db).logCall(log);
    if (!result) {
        Dialogs::error(this, tr("Log call"), result.error().message);
        return false;
    }
    takeNext();
    refresh();
    return true;
}

void TelemarketingPage::refresh()
{
    const int serial = ++m_refreshSerial;
    if (m_listId.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressLabel->clear();
        m_overview->clear();
        return;
    }
    ++m_pendingRefreshes;
    const QString listId = m_listId;
    const QDateTime at = now();
    // The period is whole local days back from today; all calls or this list's.
    const bool allCalls = m_overview->allCalls();
    const int days = m_overview->periodDays();
    const QDateTime from = days > 0 ? at.toLocalTime().date().addDays(1 - days).startOfDay() : QDateTime();
    runInBackground(
        m_db, this,
        [listId, at, serial, allCalls, from](Database &db) {
            Loaded l;
            l.listId = listId;
            l.serial = serial;
            CallListService svc(db);
            auto p = svc.progress(listId);
            auto q = svc.queue(listId, at, 50);
            auto s = svc.stats(allCalls ? QString() : listId, from, QDateTime());
            if (!p || !q || !s) {
                l.error = !p ? p.error().message : !q ? q.error().message : s.error().message;
                return l;
            }
            l.progress = p.value();
            l.queue = q.value();
            l.stats = s.value();
            return l;
        },
        [this](Loaded l) {
            --m_pendingRefreshes;
            if (l.serial != m_refreshSerial || l.listId != m_listId)
                return;
            if (!l.error.isEmpty()) {
                m_progressLabel->setText(l.error);
                return;
            }
            const CallListProgress &p = l.progress;
            m_progress->setRange(0, int(qMax<qint64>(1, p.total)));
            m_progress->setValue(int(p.done + p.skipped));
            QString text = tr("%1 / %2 done · %3 to call · %4 call-backs")
                               .arg(Value::formatInteger(p.done), Value::formatInteger(p.total), Value::formatInteger(p.pending),
                                    Value::formatInteger(p.callBack));
            if (p.skipped > 0)
                text += tr(" · %1 skipped").arg(Value::formatInteger(p.skipped));
            m_progressLabel->setText(text);
            m_overview->setQueue(l.queue);
            m_overview->setStats(l.stats);
        });
}

void TelemarketingPage::newCallList()
{
    NewCallListDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const CallListService::Source source = dialog.source();
    const QString script = dialog.scriptId();
    m_report->setText(tr("Building the call list “%1”…").arg(name));
    m_report->show();
    ++m_pendingRefreshes;
    // A segment or campaign may hold many thousands of people: built on a worker.
    runInBackground(
        m_db, this,
        [name, source, script](Database &db) {
            auto r = CallListService(db).create(name, source, script);
            return r ? std::make_pair(QString(), r.value()) : std::make_pair(r.error().message, QueueBuildResult());
        },
        [this, name](std::pair<QString, QueueBuildResult> r) {
            --m_pendingRefreshes;
            if (!r.first.isEmpty()) {
                m_report->setText(tr("The call list “%1” was not created: %2").arg(name, r.first));
                return;
            }
            const QueueBuildResult &b = r.second;
            m_report->setText(tr("“%1”: %2 to call. Left out: %3 without a phone, %4 do-not-call, %5 already in the list, %6 not people.")
                                  .arg(name, Value::formatInteger(b.added), Value::formatInteger(b.skippedNoPhone),
                                       Value::formatInteger(b.skippedDoNotCall), Value::formatInteger(b.skippedAlreadyQueued),
                                       Value::formatInteger(b.skippedNotPerson)));
            reloadLists(b.listId);
        });
}

} // namespace trato
