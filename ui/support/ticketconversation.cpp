// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketconversation.h"

#include "store/database.h"
#include "store/recordstore.h"
#include "store/transaction.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace trato {

TicketResolveDialog::TicketResolveDialog(const QString &ticketName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Resolve %1").arg(ticketName));
    setObjectName(QStringLiteral("ticketResolveDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("What solved it? The resolution note is kept with the ticket."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Resolve"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!note().isEmpty()); });
    resize(460, 260);
}

QString TicketResolveDialog::note() const { return m_note->toPlainText().trimmed(); }
void TicketResolveDialog::setNote(const QString &text) { m_note->setPlainText(text); }

TicketAssignDialog::TicketAssignDialog(const QString &user, const QString &team, const QString &me, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Assign ticket"));
    setObjectName(QStringLiteral("ticketAssignDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(QStringLiteral("assignUser"));
    m_user->setPlaceholderText(tr("Nobody (the Unassigned queue)"));
    m_user->setClearButtonEnabled(true);
    auto *toMe = new QPushButton(tr("Assign to &me"), this);
    toMe->setObjectName(QStringLiteral("assignToMe"));
    toMe->setAutoDefault(false);
    toMe->setEnabled(!me.isEmpty());
    connect(toMe, &QPushButton::clicked, this, [this, me] { m_user->setText(me); });
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    userRow->addWidget(toMe);
    m_team = new QLineEdit(team, this);
    m_team->setObjectName(QStringLiteral("assignTeam"));
    form->addRow(tr("Assigned to:"), userRow);
    form->addRow(tr("Team:"), m_team);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 140);
}

QString TicketAssignDialog::user() const { return m_user->text().trimmed(); }
QString TicketAssignDialog::team() const { return m_team->text().trimmed(); }
void TicketAssignDialog::setValues(const QString &user, const QString &team)
{
    m_user->setText(user);
    m_team->setText(team);
}

TicketConversationTab::TicketConversationTab(Database &db, QWidget *parent) : RecordViewPart(parent), m_db(db)
{
    setWindowTitle(tr("Conversation"));
    setObjectName(QStringLiteral("ticketConversation"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("ticketStatus"));
    top->addWidget(m_header, 1);
    m_assign = new QPushButton(tr("Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    for (QPushButton *b : {m_assign, m_resolve, m_close, m_reopen})
        top->addWidget(b);
    layout->addLayout(top);

    m_messages = new QTextBrowser(this);
    m_messages->setObjectName(QStringLiteral("ticketMessages"));
    m_messages->setOpenExternalLinks(true);
    layout->addWidget(m_messages, 3);

    m_composer = new QPlainTextEdit(this);
    m_composer->setObjectName(QStringLiteral("ticketComposer"));
    m_composer->setPlaceholderText(tr("Write a reply to the customer or an internal note…"));
    m_composer->setMaximumHeight(120);
    layout->addWidget(m_composer, 1);

    auto *attachRow = new QHBoxLayout;
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("ticketAttachments"));
    m_attachments->setMaximumHeight(60);
    attachRow->addWidget(m_attachments, 1);
    auto *attachButtons = new QVBoxLayout;
    m_attach = new QPushButton(tr("Attach files…"), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_removeAttachment = new QPushButton(tr("Remove"), this);
    attachButtons->addWidget(m_attach);
    attachButtons->addWidget(m_removeAttachment);
    attachRow->addLayout(attachButtons);
    layout->addLayout(attachRow);

    auto *sendRow = new QHBoxLayout;
    auto *notice = new QLabel(tr("Replies are logged here, not sent: email comes later."), this);
    notice->setWordWrap(true);
    sendRow->addWidget(notice, 1);
    m_note = new QPushButton(tr("Internal note"), this);
    m_note->setObjectName(QStringLiteral("noteButton"));
    m_reply = new QPushButton(tr("Reply"), this);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_reply->setDefault(true);
    sendRow->addWidget(m_note);
    sendRow->addWidget(m_reply);
    layout->addLayout(sendRow);

    connect(m_reply, &QPushButton::clicked, this, [this] { sendReply(); });
    connect(m_note, &QPushButton::clicked, this, [this] { addNote(); });
    connect(m_attach, &QPushButton::clicked, this, &TicketConversationTab::chooseFiles);
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] { delete m_attachments->currentItem(); });
    connect(m_assign, &QPushButton::clicked, this, &TicketConversationTab::assign);
    connect(m_resolve, &QPushButton::clicked, this, &TicketConversationTab::resolve);
    connect(m_close, &QPushButton::clicked, this, &TicketConversationTab::close);
    connect(m_reopen, &QPushButton::clicked, this, &TicketConversationTab::reopen);
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("ticket_message") || entity == QLatin1String("ticket")))
            reload();
    });
    updateActions();
}

void TicketConversationTab::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void TicketConversationTab::reload()
{
    m_info = TicketInfo();
    if (!m_id.isEmpty()) {
        auto loaded = TicketService(m_db).load(m_id);
        if (loaded)
            m_info = loaded.value();
    }
    m_messages->setHtml(html());
    updateActions();
}

QString TicketConversationTab::html() const
{
    if (m_id.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("Save the ticket to start its conversation.").toHtmlEscaped());
    if (m_info.messages.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("No messages yet.").toHtmlEscaped());
    QString out;
    for (const TicketMessage &m : m_info.messages) {
        QString background, label;
        if (m.kind == QLatin1String("note")) {
            background = QStringLiteral("#fff6c4");
            label = tr("Internal note");
        } else if (m.kind == QLatin1String("customer")) {
            background = QStringLiteral("#eef2f7");
            label = tr("From the customer");
        } else {
            background = QStringLiteral("#e6f4ea");
            label = tr("Reply (logged, not sent)");
        }
        const QDateTime at = QDateTime::fromString(m.writtenAt, Qt::ISODate).toLocalTime();
        QString body = m.body.toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%1; margin-bottom:6px\"><tr><td>"
                              "<b>%2</b> &nbsp; <span style=\"color:#555\">%3 · %4</span><br>%5")
                   .arg(background, label.toHtmlEscaped(), QLocale().toString(at, QLocale::ShortFormat).toHtmlEscaped(), m.author.toHtmlEscaped(), body);
        for (const QString &a : m.attachments) {
            const QUrl url = a.contains(QStringLiteral("://")) ? QUrl(a) : QUrl::fromLocalFile(a);
            out += QStringLiteral("<br>%1 <a href=\"%2\">%3</a>").arg(tr("Attachment:").toHtmlEscaped(), url.toString().toHtmlEscaped(), a.toHtmlEscaped());
        }
        out += QStringLiteral("</td></tr></table>");
    }
    return out;
}

void TicketConversationTab::updateActions()
{
    const bool has = !m_id.isEmpty() && !m_info.id.isEmpty();
    const QString &s = m_info.status;
    const bool closed = s == QLatin1String("closed");
    m_assign->setEnabled(has && !closed);
    m_resolve->setEnabled(has && TicketService::isActive(s));
    m_close->setEnabled(has && s == QLatin1String("resolved"));
    m_reopen->setEnabled(has && (s == QLatin1String("resolved") || closed));
    for (QWidget *w : std::initializer_list<QWidget *>{m_composer, m_reply, m_note, m_attach, m_removeAttachment, m_attachments})
        w->setEnabled(has && !closed);
    if (!has)
        m_header->clear();
    else if (closed)
        m_header->setText(tr("%1 · %2 — reopen it to write again.").arg(m_info.number, TicketService::statusLabel(s)));
    else
        m_header->setText(tr("%1 · %2").arg(m_info.number, TicketService::statusLabel(s)));
}

void TicketConversationTab::addAttachment(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (!ref.isEmpty() && m_attachments->findItems(ref, Qt::MatchExactly).isEmpty())
        m_attachments->addItem(ref);
}

QStringList TicketConversationTab::attachments() const
{
    QStringList out;
    for (int i = 0; i < m_attachments->count(); ++i)
        out << m_attachments->item(i)->text();
    return out;
}

void TicketConversationTab::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString &f : files)
        addAttachment(f);
}

bool TicketConversationTab::sendReply() { return send(true); }
bool TicketConversationTab::addNote() { return send(false); }

bool TicketConversationTab::send(bool reply)
{
    if (m_id.isEmpty())
        return false;
    TicketService service(m_db);
    const QString body = m_composer->toPlainText();
    auto r = reply ? service.reply(m_id, body, attachments()) : service.note(m_id, body, attachments());
    if (!r) {
        refused(reply ? tr("Reply") : tr("Internal note"), r.error());
        return false;
    }
    m_composer->clear();
    m_attachments->clear();
    Q_EMIT message(reply ? tr("Reply logged (not sent).") : tr("Internal note added."));
    reload();
    return true;
}

void TicketConversationTab::refused(const QString &title, const Error &error)
{
    Q_EMIT message(error.message);
    QMessageBox::warning(this, title, error.message);
}

void TicketConversationTab::assign()
{
    TicketAssignDialog dialog(m_info.owner, m_info.team, m_db.user(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TicketService service(m_db);
    if (dialog.user().isEmpty()) {
        // Nobody: back to the Unassigned queue, in the team the dialog says.
        Transaction tx(m_db);
        Status s = tx.isActive() ? service.unassign(m_id) : Status(tx.error());
        if (s && dialog.team() != m_info.team)
            s = RecordStore(m_db).update(QStringLiteral("ticket"), m_id, {{QStringLiteral("team"), dialog.team()}});
        if (s)
            s = tx.commit();
        if (!s)
            return refused(tr("Assign ticket"), s.error());
        Q_EMIT message(tr("Unassigned: the ticket waits in the Unassigned queue."));
        reload();
        return;
    }
    if (Status s = service.assign(m_id, dialog.user(), dialog.team()); !s)
        return refused(tr("Assign ticket"), s.error());
    Q_EMIT message(tr("Assigned to %1.").arg(dialog.user()));
    reload();
}

void TicketConversationTab::resolve()
{
    TicketResolveDialog dialog(m_info.number, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = TicketService(m_db).resolveTicket(m_id, dialog.note()); !s)
        return refused(tr("Resolve"), s.error());
    Q_EMIT message(tr("%1 resolved.").arg(m_info.number));
    reload();
}

void TicketConversationTab::close()
{
    const QStringList items = {tr("No rating"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Close ticket"), tr("Customer satisfaction (optional):"), items, 0, false, &ok);
    if (!ok)
        return;
    std::optional<int> satisfaction;
    if (items.indexOf(choice) > 0)
        satisfaction = items.indexOf(choice);
    if (Status s = TicketService(m_db).close(m_id, satisfaction); !s)
        return refused(tr("Close ticket"), s.error());
    Q_EMIT message(tr("%1 closed.").arg(m_info.number));
    reload();
}

void TicketConversationTab::reopen()
{
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Reopen ticket"), tr("Why is it reopened? (logged as an internal note)"), QLineEdit::Normal,
                                              QString(), &ok);
    if (!ok)
        return;
    if (Status s = TicketService(m_db).reopen(m_id, why); !s)
        return refused(tr("Reopen ticket"), s.error());
    Q_EMIT message(tr("%1 reopened.").arg(m_info.number));
    reload();
}

NewTicketButton::NewTicketButton(Database &db, const QString &entity, QWidget *parent) : RecordViewPart(parent), m_db(db), m_entity(entity)
{
    setObjectName(QStringLiteral("newTicket"));
    auto *button = new QPushButton(tr("New ticket…"), this);
    button->setToolTip(tr("Open a support ticket for this customer"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString subject = QInputDialog::getText(this, tr("New ticket"), tr("Subject:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            createTicket(subject);
    });
    setVisible(false);
}

void NewTicketButton::setRecordId(const QString &id)
{
    m_id = id;
    setVisible(!id.isEmpty());
}

QString NewTicketButton::createTicket(const QString &subject)
{
    if (m_id.isEmpty())
        return {};
    QVariantMap values = {{QStringLiteral("subject"), subject.trimmed()}};
    if (m_entity == QLatin1String("contact")) {
        values.insert(QStringLiteral("contact"), m_id);
        auto contact = RecordStore(m_db).get(QStringLiteral("contact"), m_id);
        if (contact && !contact.value().value(QStringLiteral("account")).toString().isEmpty())
            values.insert(QStringLiteral("account"), contact.value().value(QStringLiteral("account")));
    } else {
        values.insert(QStringLiteral("account"), m_id);
    }
    auto id = TicketService(m_db).create(values);
    if (!id) {
        Q_EMIT message(id.error().message);
        QMessageBox::warning(this, tr("New ticket"), id.error().message);
        return {};
    }
    Q_EMIT openRequested(QStringLiteral("ticket"), id.value());
    return id.value();
}

void registerTicketViews()
{
    for (const QString &entity : {QStringLiteral("account"), QStringLiteral("contact")})
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Action, [entity](Database &db) { return new NewTicketButton(db, entity); });
    RecordViewExtensions::add(QStringLiteral("ticket"), RecordViewExtensions::Place::Tab, [](Database &db) { return new TicketConversationTab(db); });
}

} // namespace trato
