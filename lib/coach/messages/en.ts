/**
 * The coach's words in English: one template per message key, `{1}`..`{9}` for the parameters (the draft's own
 * words, a link's host, a count, or another message). Same shape as the browser's _locales messages, so the
 * interface can show a finding in its own language (issue 16 point 3). analyze() writes `message` and
 * `suggestion` from these templates.
 */
export const en = {
  coach_list_comma: ', ',
  coach_list_and: ' and ',
  coach_quoted: '"{1}"',

  coach_bait: '"{1}" asks for engagement instead of conversation.',
  coach_bait_tip: 'Drop the ask; end with a real question people want to answer.',
  coach_catchy: '"{1}" reads like a clickbait headline.',
  coach_catchy_tip: 'Say the point plainly in the first line; curiosity gaps read as marketing.',
  coach_shouted: 'The headline is in capital letters.',
  coach_shouted_tip: 'Write it in normal case; capitals read as shouting.',
  coach_sales_cta: '"{1}" is a sales call to action.',
  coach_sales_cta_tip:
    'Ask a question or share what you learned instead; people who are interested will ask.',
  coach_discount: '"{1}" is a discount offer.',
  coach_discount_tip: 'Keep offers for the people who asked; here, talk about the problem you solve.',
  coach_announce: '"{1}" announces your own thing.',
  coach_announce_tip: 'Tell the story behind it or ask for feedback on one specific part.',

  coach_link_hub: '{1} is a link-in-bio page: it sends people to your offers.',
  coach_link_hub_tip: 'Share the one thing you want to talk about, in words, instead of a page of links.',
  coach_hidden_link: '{1} hides where the link goes.',
  coach_hidden_link_tip: 'Paste the full link so people can see where it leads, or say in words what it is.',
  coach_funnel: 'This link goes to {1}: a sign-up, sales or booking page.',
  coach_funnel_tip:
    'Lead with something useful people can read here; offer the page in a reply if someone asks.',
  coach_funnel_host: 'a {1} page',
  coach_funnel_storefront: 'a storefront ({1})',
  coach_funnel_shop: 'a shop',
  coach_funnel_subdomain: 'a {1}. page',
  coach_funnel_path: 'a /{1} page',
  coach_funnel_subscribe: 'a subscribe prompt',
  coach_link_in_post: 'Posts with a link in the main text reach fewer people on X.',
  coach_link_in_post_tip: 'Put the context in the post and the link in a reply.',
  coach_own_domain: 'This links to your own site ({1}).',
  coach_own_domain_tip:
    'Say what you learned or ask a question in the post, and put the link in a reply if people ask for it.',
  coach_affiliate: 'This link carries a referral or affiliate code ({1}).',
  coach_affiliate_tip: 'If you earn from this link, say so plainly; otherwise remove the code.',
  coach_tracking: 'This link carries tracking parameters ({1}).',
  coach_tracking_tip: 'Remove the tracking part of the link; it reads like a campaign, not a conversation.',
  coach_hashtags: '{1} hashtags: X treats piles of hashtags as a spam signal.',
  coach_hashtags_tip: 'Keep one hashtag at most, the one people actually follow.',
  coach_mentions: '{1} people tagged in one post.',
  coach_mentions_tip: 'Tag only the people the post is about, and tell them why in a reply or a message.',

  coach_same_link: 'You posted this link {1}.',
  coach_same_link_tip:
    'Posting the same link again reads as spam; reply to the people who answered last time instead.',
  coach_when_today: 'today',
  coach_when_yesterday: 'yesterday',
  coach_when_days: '{1} days ago',
  coach_streak: '{1} posts in the last day and no replies or conversations.',
  coach_streak_tip: 'Before posting again, reply to two people whose posts you read today.',
  coach_ratio: '{1} of your last {2} posts were promotional ({3}%; your goal is {4}% or less).',
  coach_ratio_tip: "Make the next few posts replies, questions or shares of other people's work.",

  coach_pitch: 'This is {1} to {2}, whom you have not talked with yet ({3}).',
  coach_pitch_offer: 'an offer ("{1}")',
  coach_pitch_plain: 'a pitch',
  coach_pitch_to_dm: 'the person you are messaging',
  coach_pitch_to_reply: 'the person you are replying to',
  coach_stage_stranger: 'stranger',
  coach_stage_noticed: 'noticed',
  coach_pitch_tip_direct: 'Not too fast: answer what they said first, and offer your help only if they ask.',
  coach_pitch_tip_post: 'Not too fast: reply to their post first, and share your link only if they ask.',

  coach_learned_phrases: 'Reads like promotion: {1}.',
  coach_learned_phrases_cues: 'Reads like promotion: {1}; it {2}.',
  coach_learned_cues: 'Reads like promotion: it {1}.',
  coach_cue_own_product: 'talks about your own product',
  coach_cue_cta_link: 'tells people to go to a link',
  coach_cue_brand_link: 'links to the product it names',
  coach_cue_own_domain: 'links to your own site',
  coach_cue_shortener: 'hides the link behind a shortener',
  coach_cue_signup: 'links to a sign-up page',
  coach_cue_checkout: 'links to a pricing or checkout page',
  coach_cue_calendar: 'links to a booking calendar',
  coach_cue_hub: 'links to a link-in-bio page',
  coach_cue_own_page: 'links to your own page on another site',
  coach_cue_own_post: 'links to one of your own posts',
  coach_cue_own_event: 'invites people to your own talk, stand or event',
  coach_cue_come: 'asks people to come and see you',
  coach_cue_hiring: 'announces a job opening',
  coach_cue_offer: 'offers a service, call or collaboration',
  coach_cue_offer_cold: 'offers a service to someone you have not talked with',
  coach_cue_cold_dm: 'is a message to someone you have not talked with',
  coach_cue_cold_reply: 'is a reply to someone you have not talked with',
  coach_cue_cold_you: 'is about them, from someone they do not know',
  coach_tip_cold: 'Reply to their post first: answer what they said, and offer help only if they ask.',
  coach_tip_direct: 'Answer what they said in your own words; share the link only if they ask for it.',
  coach_tip_bait: 'Drop the ask for likes or replies; end with a question you really want answered.',
  coach_tip_offer:
    'Ask one question about the problem it solves, and offer the page in a reply to those who answer.',
  coach_tip_link:
    'Say the one thing you learned in the post itself and ask what others think; put the link in a reply.',
  coach_tip_launch: 'Ask one question about the problem it solves instead of announcing it.',
} as const;

export type CoachKey = keyof typeof en;
