//! The Workspace region's notices (issue 14.11: out of `WorkspaceBar`):
//! what was imported, recovered, refused or could not be saved, each with
//! what it offers (download then discard damaged data, or read a file over
//! the size limit anyway).
//!
//! [`Notices`] is the list and its reducer; [`notice_list`] renders plain
//! data and reports `on_dismiss`, `on_download`, `on_discard` and
//! `on_anyway` (Yew's function_todomvc shape). Words and tones come from
//! [`crate::web::state::files`].

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use crate::web::error::WebError;
use crate::web::state::files::{NoticeText, Tone};
use crate::web::{share, storage};

/// Damaged saved data: kept in the store under `key`, or (when it could not
/// be kept) only in memory as `raw`.
#[derive(Clone, PartialEq)]
pub enum Damaged {
    /// Kept aside in browser storage.
    Kept {
        /// Its storage key.
        key: String,
    },
    /// Only here: gone when the page closes.
    InMemory {
        /// The damaged text.
        raw: Rc<str>,
    },
}

impl Damaged {
    /// Hand the damaged data to the browser's download.
    pub fn download(&self) -> Result<(), WebError> {
        let raw = match self {
            Damaged::Kept { key } => {
                storage::read(key)?.ok_or_else(|| WebError::Gone { key: key.clone() })?
            }
            Damaged::InMemory { raw } => raw.to_string(),
        };
        share::download("annalist-workspace-damaged.json", "application/json", &raw)
    }

    /// Remove the kept copy from browser storage.
    pub fn discard(&self) -> Result<(), WebError> {
        match self {
            Damaged::Kept { key } => Ok(storage::discard(key)?),
            Damaged::InMemory { .. } => Ok(()),
        }
    }
}

/// What a notice offers besides dismissing it.
#[derive(Clone, PartialEq)]
pub enum Offer {
    /// Nothing.
    None,
    /// Download the damaged data, then discard it.
    Damaged(Damaged),
    /// Read a file over the size limit anyway (issue 16.5).
    Large(File),
}

/// One notice.
#[derive(Clone, PartialEq)]
pub struct Notice {
    /// Unique in the list.
    pub id: u64,
    /// Tone, title and details.
    pub text: NoticeText,
    /// What it offers.
    pub offer: Offer,
}

/// The notices shown, oldest first.
#[derive(Default, PartialEq, Clone)]
pub struct Notices {
    /// The notices.
    pub list: Vec<Notice>,
    next: u64,
}

/// A change to [`Notices`].
pub enum NoticeAction {
    /// Add a notice.
    Push(NoticeText),
    /// Add a notice with an offer.
    Offer(NoticeText, Offer),
    /// Remove the notice with this id.
    Dismiss(u64),
}

impl Reducible for Notices {
    type Action = NoticeAction;
    fn reduce(self: Rc<Self>, a: NoticeAction) -> Rc<Self> {
        let mut n = (*self).clone();
        match a {
            NoticeAction::Push(text) => n.push(text, Offer::None),
            NoticeAction::Offer(text, offer) => n.push(text, offer),
            NoticeAction::Dismiss(id) => n.list.retain(|x| x.id != id),
        }
        Rc::new(n)
    }
}

impl Notices {
    fn push(&mut self, text: NoticeText, offer: Offer) {
        self.next += 1;
        self.list.push(Notice {
            id: self.next,
            text,
            offer,
        });
    }
}

/// Where notices are sent.
pub type Notify = UseReducerDispatcher<Notices>;

/// Show a notice without an offer.
pub fn notify(n: &Notify, tone: Tone, title: impl Into<String>, detail: impl Into<String>) {
    n.dispatch(NoticeAction::Push(NoticeText::new(tone, title, detail)));
}

/// What [`notice_list`] shows and reports.
pub struct NoticeListProps<'a> {
    /// The notices to show.
    pub notices: &'a Notices,
    /// Dismiss the notice with this id.
    pub on_dismiss: Callback<u64>,
    /// Download this damaged data.
    pub on_download: Callback<Damaged>,
    /// Discard the damaged data of notice `.0`.
    pub on_discard: Callback<(u64, Damaged)>,
    /// Read the file of notice `.0` anyway.
    pub on_anyway: Callback<(u64, File)>,
}

/// The notices, each with its offer and a dismiss button. A plain function,
/// not a component: it is rendered only by `WorkspaceBar`, and a component
/// costs about 1 KB of gzip in the app for nothing here.
pub fn notice_list(p: NoticeListProps) -> Html {
    html! { <>{ for p.notices.list.iter().map(|nt| {
        let id = nt.id;
        let (class, role) = match nt.text.tone {
            Tone::Info => ("ws-notice info", "status"),
            Tone::Warning => ("ws-notice warning", "alert"),
            Tone::Error => ("ws-notice error", "alert"),
        };
        let offer = match &nt.offer {
            Offer::None => html! {},
            Offer::Damaged(dm) => {
                let (dl, cb) = (dm.clone(), p.on_download.clone());
                let (disc, cb2) = (dm.clone(), p.on_discard.clone());
                html! { <p>
                    <button type="button" onclick={move |_| cb.emit(dl.clone())}>{"Download the damaged data"}</button>
                    {" then "}
                    <button type="button" onclick={move |_| cb2.emit((id, disc.clone()))}>{"Discard it"}</button>
                </p> }
            }
            Offer::Large(file) => {
                let (f, cb) = (file.clone(), p.on_anyway.clone());
                html! { <p><button type="button" onclick={move |_| cb.emit((id, f.clone()))}>{"Analyse anyway"}</button></p> }
            }
        };
        let dismiss = p.on_dismiss.reform(move |_: MouseEvent| id);
        html! {
            <div {class} {role} key={id}>
                <strong>{&nt.text.title}</strong>
                if !nt.text.detail.is_empty() { <p>{&nt.text.detail}</p> }
                {offer}
                <button type="button" aria-label="Dismiss" onclick={dismiss}>{"×"}</button>
            </div>
        }
    }) }</> }
}
