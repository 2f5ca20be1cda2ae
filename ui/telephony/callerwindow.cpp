// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerwindow.h"

#include "activities/activityactions.h"
#include "util/dialogs.h"
#include "util/icons.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "telephony/calllog.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

namespace {

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
}

QString optionLabel(const Database &db, const QString &entity, const QString &field, const QString &key)
{
    const Entity *e = db.registry()->entity(entity);
    const Field *f = e ? e->field(field) : nullptr;
    return f && !key.isEmpty() ? f->optionLabel(key) : key;
}

QTreeWidget *activityList(const QString &accessibleName)
{
    auto *list = new QTreeWidget;
    list->setAccessibleName(accessibleName);
    list->setColumnCount(4);
    list->setHeaderLabels({CallerWindow::tr("When"), CallerWindow::tr("What"), CallerWindow::tr("Subject"),
                           CallerWindow::tr("Result")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // Room for five rows (a card, not a list view): the window stays small enough to pop up.
    const int row = list->fontMetrics().height() + 6;
    list->setMinimumHeight(row * 3);
    list->setMaximumHeight(row * 7);
    return list;
}

} // namespace

CallerWindow::CallerWindow(Database &db, const QString &region, const QString &number, const QString &callerName,
                           Mode mode, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_db(db)
    , m_region(region)
    , m_callerName(callerName.simplified())
    , m_mode(mode)
{
    setObjectName(QStringLiteral("callerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window still quits Trato
    setWindowIcon(Icons::app());

    auto found = CallerLookup(db, region).lookup(number);
    if (found) {
        m_lookup = found.value();
        m_number = m_lookup.number;
    } else {
        m_lookupError = found.error().message;
        m_number = number.trimmed();
    }
    // The call log entry starts as the window opens: the call is logged even if nobody clicks.
    if (mode == Mode::Live && found) {
        auto id = CallLog::startInbound(db, m_lookup, m_callerName, QDateTime::currentDateTimeUtc());
        if (id)
            m_callLogId = id.value();
        else
            m_lookupError = id.error().message;
    }

    const QString shown = found ? CallerLookup::formatted(m_number, region) : m_number;
    setWindowTitle(mode == Mode::Test ? tr("Test call — %1").arg(shown) : tr("Incoming call — %1").arg(shown));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(mode == Mode::Test ? tr("Test call from %1").arg(shown) : tr("Incoming call from %1").arg(shown));
    heading->setObjectName(QStringLiteral("callerNumber"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    heading->setFont(big);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    if (!m_callerName.isEmpty()) {
        auto *sent = new QLabel(tr("Caller ID name: %1").arg(m_callerName));
        sent->setTextFormat(Qt::PlainText);
        layout->addWidget(sent);
    }
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    buildCard(layout);

    // The call log entry: its outcome and notes are written when the call is completed.
    auto *log = new QGroupBox(tr("Call log"));
    auto *form = new QFormLayout(log);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("callLogStatus"));
    if (mode == Mode::Test)
        m_status->setText(tr("A test call: nothing is logged."));
    else if (!m_callLogId.isEmpty())
        m_status->setText(tr("Logged as an inbound call in progress since %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    else
        m_status->setText(tr("The call could not be logged: %1").arg(m_lookupError));
    form->addRow(m_status);
    m_outcome = new QComboBox;
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("(choose)"), QString());
    if (const Entity *activity = db.registry()->entity(QStringLiteral("activity")))
        if (const Field *f = activity->field(QStringLiteral("outcome")))
            for (const auto &o : f->options)
                m_outcome->addItem(f->optionLabel(o.value), o.value);
    m_outcome->setCurrentIndex(m_outcome->findData(QStringLiteral("reached")));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was said, what to do next"));
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    form->addRow(tr("&Notes:"), m_notes);
    log->setEnabled(!m_callLogId.isEmpty());
    layout->addWidget(log);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open record"));
    m_createLead = new QPushButton(tr("Create &lead"));
    m_dismiss = new QPushButton(tr("&Dismiss"));
    m_dismiss->setToolTip(tr("Close this window; the call stays in progress in Activities."));
    m_complete = new QPushButton(tr("&Complete call"));
    m_complete->setDefault(true);
    buttons->addWidget(m_open);
    buttons->addWidget(m_createLead);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_complete);
    layout->addLayout(buttons);

    m_open->setVisible(m_lookup.known());
    m_createLead->setVisible(!m_lookup.known() && found.ok() && mode == Mode::Live);
    m_complete->setEnabled(!m_callLogId.isEmpty());
    if (mode == Mode::Test)
        m_complete->hide();
    connect(m_open, &QPushButton::clicked, this, &CallerWindow::openMatch);
    connect(m_createLead, &QPushButton::clicked, this, &CallerWindow::createLead);
    connect(m_complete, &QPushButton::clicked, this, [this] {
        if (completeCall())
            close();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_settled = true;
        close();
    });
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

void CallerWindow::buildCard(QVBoxLayout *layout)
{
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("callerName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.5);
    m_name->setFont(bold);
    layout->addWidget(m_name);

    auto addLine = [layout](const QString &text) {
        auto *l = new QLabel(text);
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };

    if (!m_lookupError.isEmpty() && m_lookup.number.isEmpty()) {
        m_name->setText(m_callerName.isEmpty() ? tr("Not a phone number") : m_callerName);
        addLine(m_lookupError);
    } else if (!m_lookup.known()) {
        m_name->setText(m_callerName.isEmpty() ? tr("Unknown number") : m_callerName);
        addLine(tr("No contact, lead or account has this number. Create a lead to remember the caller."));
    } else {
        const CallerMatch &m = m_lookup.matches.first();
        const Entity *e = m_db.registry()->entity(m.entity);
        m_name->setText(m.name);
        QStringList about = {e ? e->displayLabel() : m.entity};
        if (!m.accountName.isEmpty() && m.entity != QLatin1String("account"))
            about << m.accountName;
        if (!m.title.isEmpty())
            about << m.title;
        addLine(about.join(QStringLiteral(" · ")));
        QStringList phones;
        for (const auto &p : m.phones) {
            const Field *f = e ? e->field(p.first) : nullptr;
            QString text = (f ? f->displayLabel() : p.first) + QLatin1Char(' ') + p.second;
            if (p.first == m.matchedField)
                text += QLatin1Char(' ') + tr("(calling)");
            phones << text;
        }
        addLine(phones.join(QStringLiteral(" · ")));
        if (!m.email.isEmpty())
            addLine(m.email);
        if (!m.relationship.isEmpty() && m.relationship != QLatin1String("unknown"))
            addLine(tr("Relationship: %1").arg(optionLabel(m_db, m.entity, QStringLiteral("relationship"), m.relationship)))
                ->setObjectName(QStringLiteral("callerRelationship"));
        if (m_lookup.matches.size() > 1) {
            QStringList others;
            for (int i = 1; i < m_lookup.matches.size() && i < 4; ++i) {
                const CallerMatch &o = m_lookup.matches.at(i);
                const Entity *oe = m_db.registry()->entity(o.entity);
                others << QStringLiteral("%1 %2").arg(oe ? oe->displayLabel() : o.entity, o.name);
            }
            if (m_lookup.matches.size() > 4)
                others << tr("%n more", nullptr, int(m_lookup.matches.size() - 4));
            addLine(tr("Also has this number: %1").arg(others.join(QStringLiteral(", "))));
        }
    }

    m_recent = activityList(tr("Recent history"));
    m_openItems = activityList(tr("Open items"));
    if (!m_lookup.known()) {
        // Nobody to show history for: the lists stay empty and out of sight.
        m_recent->hide();
        m_openItems->hide();
        return;
    }
    auto *recentTitle = new QLabel(tr("Recent history"));
    QFont section = recentTitle->font();
    section.setBold(true);
    recentTitle->setFont(section);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent);
    auto *openTitle = new QLabel(tr("Open items"));
    openTitle->setFont(section);
    layout->addWidget(openTitle);
    layout->addWidget(m_openItems);
    fillActivities(m_recent, m_lookup.matches.first().recent, false);
    fillActivities(m_openItems, m_lookup.matches.first().open, true);
}

void CallerWindow::fillActivities(QTreeWidget *list, const QList<CallerActivity> &items, bool open)
{
    list->clear();
    for (const CallerActivity &a : items) {
        QString result;
        if (!a.outcome.isEmpty())
            result = optionLabel(m_db, QStringLiteral("activity"), QStringLiteral("outcome"), a.outcome);
        else if (open || a.status == QLatin1String("cancelled"))
            result = optionLabel(m_db, QStringLiteral("activity"), QStringLiteral("status"), a.status);
        auto *item = new QTreeWidgetItem({when(a.startAt), optionLabel(m_db, QStringLiteral("activity"), QStringLiteral("kind"), a.kind),
                                          a.subject, result});
        item->setData(0, Qt::UserRole, a.id);
        list->addTopLevelItem(item);
    }
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem({QString(), QString(), open ? tr("Nothing planned") : tr("No activities yet"), QString()});
        none->setForeground(2, list->palette().brush(QPalette::Disabled, QPalette::Text));
        list->addTopLevelItem(none);
    }
}

void CallerWindow::present()
{
    // Stays-on-top plus raise/activate: shown in front even when the main window is minimized
    // (the window is top-level, not a child of the main window, so minimizing that hides nothing).
    show();
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void CallerWindow::openMatch()
{
    if (!m_createdLead.isEmpty())
        Q_EMIT openRecordRequested(QStringLiteral("lead"), m_createdLead);
    else if (m_lookup.known())
        Q_EMIT openRecordRequested(m_lookup.matches.first().entity, m_lookup.matches.first().id);
}

bool CallerWindow::createLead()
{
    auto lead = CallLog::createLead(m_db, m_number, m_callerName, m_region, m_callLogId);
    if (!lead) {
        Dialogs::error(this, tr("Create lead"), lead.error().message);
        return false;
    }
    m_createdLead = lead.value();
    m_createLead->hide();
    m_open->show();
    m_name->setText(m_db.registry()->entity(QStringLiteral("lead")) ? RecordStore(m_db).displayName(QStringLiteral("lead"), m_createdLead)
                                                                    : m_createdLead);
    Q_EMIT openRecordRequested(QStringLiteral("lead"), m_createdLead);
    return true;
}

bool CallerWindow::completeCall()
{
    if (m_callLogId.isEmpty())
        return false;
    const Status s = CallLog::recordOutcome(m_db, m_callLogId, m_outcome->currentData().toString(), m_notes->toPlainText(),
                                            QDateTime::currentDateTimeUtc());
    if (!s) {
        Dialogs::error(this, tr("Complete call"), s.error().message);
        return false;
    }
    if (!ActivityActions::complete(m_db, m_callLogId, this))
        return false;
    m_status->setText(tr("Completed."));
    m_complete->setEnabled(false);
    m_settled = true;
    return true;
}

void CallerWindow::closeEvent(QCloseEvent *event)
{
    if (m_settled || m_callLogId.isEmpty()) {
        QWidget::closeEvent(event);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Incoming call"),
                    tr("The call with %1 is still in progress. Complete it now with the outcome \"%2\"?")
                        .arg(m_name->text(), m_outcome->currentIndex() > 0 ? m_outcome->currentText() : tr("none")),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("closeCallPrompt"));
    box.button(QMessageBox::Yes)->setText(tr("&Complete call"));
    box.button(QMessageBox::No)->setText(tr("&Leave in progress"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == box.button(QMessageBox::Yes)) {
        if (!completeCall()) {
            event->ignore();
            return;
        }
    } else if (box.clickedButton() == box.button(QMessageBox::No)) {
        m_settled = true;
    } else {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace trato
