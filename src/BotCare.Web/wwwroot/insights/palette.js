// One colour per meaning, used by every chart and list, so a category looks the same wherever it appears.

export const categoryColours = {
  Product: '#3b6fd8',
  Delivery: '#e59a1d',
  Billing: '#2a9d78',
  Service: '#8a5cd6',
  General: '#8795a8',
};

// CSAT 1 (very unhappy) to 5 (very happy): red through amber to green.
export const scoreColours = ['#d64545', '#ee8a3c', '#e8c33a', '#8cc152', '#2f9e5b'];

export const series = ['#3b6fd8', '#e59a1d', '#2a9d78', '#8a5cd6', '#d64545', '#1f9bb8', '#c85a9c', '#8795a8'];

export const accent = '#3b6fd8';
export const escalation = '#d9534f';
export const grid = '#e8ecf2';
export const text = '#4b5869';

export const categoryColour = (name, index) => categoryColours[name] ?? series[index % series.length];
